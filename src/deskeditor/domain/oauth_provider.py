"""Where an OAuth 2 mail account signs in: the provider's endpoints, the desk's
registered client and the scope IMAP needs. Configuration, not code: the desk
registers its own desktop app with the provider and sets its client id.

Google and Microsoft are presets (their endpoints and IMAP scopes); any other
provider is ``custom`` with its endpoints given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from deskeditor.domain.mail_account import is_loopback


class ProviderError(ValueError):
    """The provider's configuration cannot be used; the message says what to set."""


@dataclass(frozen=True)
class Preset:
    auth_url: str
    token_url: str
    scope: str
    hosts: tuple[str, ...]  # IMAP servers that mean this provider
    extra: tuple[tuple[str, str], ...] = ()  # more authorization parameters


PRESETS: dict[str, Preset] = {
    "google": Preset(
        "https://accounts.google.com/o/oauth2/v2/auth",
        "https://oauth2.googleapis.com/token",
        "https://mail.google.com/",
        ("imap.gmail.com", "imap.googlemail.com"),
        # Google gives a refresh token only when asked for offline access.
        (("access_type", "offline"), ("prompt", "consent")),
    ),
    "microsoft": Preset(
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
        ("outlook.office365.com", "imap-mail.outlook.com"),
    ),
}
CUSTOM = "custom"
SIGN_IN_AGAIN = (
    "sign in again (`deskeditor inbox account set URL`, or the Sign in button of "
    "Preferences → Mail account)"
)
PROVIDER_NAMES = (*PRESETS, CUSTOM)


@dataclass(frozen=True)
class OAuthProvider:
    name: str
    client_id: str
    auth_url: str
    token_url: str
    scope: str
    client_secret: str = ""  # only "desktop" clients that were given one (Google's)
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def configured(
        cls,
        name: str,
        client_id: str,
        *,
        host: str = "",
        client_secret: str = "",
        auth_url: str = "",
        token_url: str = "",
        scope: str = "",
    ) -> OAuthProvider:
        """The provider from settings: a preset's values unless given; with no name,
        the preset whose IMAP server ``host`` is. ProviderError says what is missing."""
        name = name or next((n for n, p in PRESETS.items() if host.lower() in p.hosts), CUSTOM)
        if name not in PROVIDER_NAMES:
            raise ProviderError(f"unknown OAuth provider {name!r}: {', '.join(PROVIDER_NAMES)}")
        if not client_id:
            raise ProviderError(
                "no OAuth client id: register the desk's app with the provider and set it "
                "(deskeditor inbox account set URL --oauth-client-id ID)"
            )
        preset = PRESETS.get(name)
        provider = cls(
            name,
            client_id,
            auth_url or (preset.auth_url if preset else ""),
            token_url or (preset.token_url if preset else ""),
            scope or (preset.scope if preset else ""),
            client_secret,
            dict(preset.extra) if preset else {},
        )
        provider._check()
        return provider

    @property
    def label(self) -> str:
        """The provider as a user names it: Google, Microsoft, or its sign-in host."""
        if self.name in PRESETS:
            return self.name.capitalize()
        return urlsplit(self.auth_url).hostname or self.auth_url

    def _check(self) -> None:
        if not (self.auth_url and self.token_url and self.scope):
            raise ProviderError(
                "a custom OAuth provider needs its authorization URL, token URL and scope "
                "(--oauth-auth-url, --oauth-token-url, --oauth-scope)"
            )
        for url in (self.auth_url, self.token_url):
            if not _secure(url):
                raise ProviderError(f"{url} is not https: tokens must not travel in plain text")


def _secure(url: str) -> bool:
    """https, or plain http to this machine's loopback (a provider run locally)."""
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname))
