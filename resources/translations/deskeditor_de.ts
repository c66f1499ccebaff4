<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name />
    <message>
      <source>Base (what you both started from):</source>
      <translation>Ausgangstext (von dem Sie beide ausgingen):</translation>
    </message>
    <message>
      <source>Theirs:</source>
      <translation>Deren Fassung:</translation>
    </message>
    <message>
      <source>Mine:</source>
      <translation>Meine Fassung:</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>Ausgangstext</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Deren</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Meine</translation>
    </message>
  </context>
  <context>
    <name>ArticleEditor</name>
    <message>
      <source>Secti&amp;on</source>
      <translation>Ressort</translation>
    </message>
    <message>
      <source>&amp;Kicker</source>
      <translation>&amp;Dachzeile</translation>
    </message>
    <message>
      <source>Head&amp;line</source>
      <translation>Über&amp;schrift</translation>
    </message>
    <message>
      <source>&amp;Dek</source>
      <translation>&amp;Unterzeile</translation>
    </message>
    <message>
      <source>&amp;Byline</source>
      <translation>&amp;Autorenzeile</translation>
    </message>
    <message>
      <source>Da&amp;teline</source>
      <translation>&amp;Ortsmarke</translation>
    </message>
    <message>
      <source>&amp;Slug</source>
      <translation>&amp;Kürzel</translation>
    </message>
    <message>
      <source>Stat&amp;us</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Subheadline: one sentence that sums it up</source>
      <translation>Unterzeile: ein Satz, der alles zusammenfasst</translation>
    </message>
    <message>
      <source>For the desk, never published</source>
      <translation>Für die Redaktion, wird nie veröffentlicht</translation>
    </message>
    <message>
      <source>made from the headline</source>
      <translation>aus der Überschrift gebildet</translation>
    </message>
    <message>
      <source>Change the address…</source>
      <translation>Adresse ändern…</translation>
    </message>
    <message>
      <source>Published: readers have this address. Change it deliberately (recorded).</source>
      <translation>Veröffentlicht: Leser kennen diese Adresse. Nur bewusst ändern (wird festgehalten).</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Ressort</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>Prüfungen</translation>
    </message>
    <message>
      <source>Pull quotes</source>
      <translation>Zitatkästen</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <source>Queries</source>
      <translation>Rückfragen</translation>
    </message>
    <message>
      <source>Your desk is empty</source>
      <translation>Ihr Schreibtisch ist leer</translation>
    </message>
    <message>
      <source>Import copy: wire stories as plain text, Word documents, Markdown or Deskeditor JSON (or drop the files on the article list). Or start a new article, or try Deskeditor on the demo desk's sample stories.</source>
      <translation>Material importieren: Agenturmeldungen als Text, Word-Dokumente, Markdown oder Deskeditor-JSON (oder die Dateien auf die Artikelliste ziehen). Oder einen neuen Artikel beginnen oder Deskeditor mit den Beispielartikeln des Demo-Schreibtischs ausprobieren.</translation>
    </message>
    <message>
      <source>No article open</source>
      <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
      <source>Pick an article from the list, or start a new one.</source>
      <translation>Wählen Sie einen Artikel aus der Liste oder beginnen Sie einen neuen.</translation>
    </message>
  </context>
  <context>
    <name>ArticleField</name>
    <message>
      <source>Slug</source>
      <translation>Kürzel</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Ressort</translation>
    </message>
    <message>
      <source>Kicker</source>
      <translation>Dachzeile</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Überschrift</translation>
    </message>
    <message>
      <source>Dek</source>
      <translation>Unterzeile</translation>
    </message>
    <message>
      <source>Byline</source>
      <translation>Autorenzeile</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>Ortsmarke</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>Pull quotes</source>
      <translation>Zitatkästen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Headline</source>
      <translation>Überschrift</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Ressort</translation>
    </message>
    <message>
      <source>Byline</source>
      <translation>Autor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Wörter</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <source>(no headline)</source>
      <translation>(ohne Überschrift)</translation>
    </message>
    <message>
      <source>✎ {0} is editing · {1}</source>
      <translation>✎ {0} bearbeitet · {1}</translation>
    </message>
  </context>
  <context>
    <name>ArticleListPanel</name>
    <message>
      <source>Search headline, dek, body, byline…</source>
      <translation>Überschrift, Unterzeile, Text, Autor durchsuchen…</translation>
    </message>
    <message>
      <source>Search articles</source>
      <translation>Artikel durchsuchen</translation>
    </message>
    <message>
      <source>Filter by status</source>
      <translation>Nach Status filtern</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <source>Filter by section</source>
      <translation>Nach Ressort filtern</translation>
    </message>
    <message>
      <source>All sections</source>
      <translation>Alle Ressorts</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>Papierkorb</translation>
    </message>
    <message>
      <source>Show deleted articles, to restore them</source>
      <translation>Gelöschte Artikel zeigen, um sie wiederherzustellen</translation>
    </message>
    <message>
      <source>No articles yet</source>
      <translation>Noch keine Artikel</translation>
    </message>
    <message>
      <source>Import copy, or drop files here; or start a new article.</source>
      <translation>Material importieren oder Dateien hierher ziehen; oder einen neuen Artikel beginnen.</translation>
    </message>
    <message>
      <source>Article list</source>
      <translation>Artikelliste</translation>
    </message>
  </context>
  <context>
    <name>ArticlePickerDialog</name>
    <message>
      <source>Link to article</source>
      <translation>Mit Artikel verknüpfen</translation>
    </message>
    <message>
      <source>Search headline, body, byline…</source>
      <translation>Überschrift, Text, Autor durchsuchen…</translation>
    </message>
  </context>
  <context>
    <name>ArticleStatus</name>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Editing</source>
      <translation>In Bearbeitung</translation>
    </message>
    <message>
      <source>Copy desk</source>
      <translation>Schlussredaktion</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Freigegeben</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Veröffentlicht</translation>
    </message>
    <message>
      <source>Corrected</source>
      <translation>Korrigiert</translation>
    </message>
  </context>
  <context>
    <name>BodyEditor</name>
    <message>
      <source>Body</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Body, in Markdown: blank lines between paragraphs</source>
      <translation>Text in Markdown: Leerzeilen zwischen den Absätzen</translation>
    </message>
  </context>
  <context>
    <name>ChangedBar</name>
    <message>
      <source>Show their version</source>
      <translation>Deren Fassung zeigen</translation>
    </message>
    <message>
      <source>Save what you typed, then show the article as the desk has it now</source>
      <translation>Ihre Eingaben speichern, dann den Artikel so zeigen, wie ihn die Redaktion jetzt hat</translation>
    </message>
    <message>
      <source>someone else</source>
      <translation>jemand anderem</translation>
    </message>
    <message>
      <source>Changed by {0} at {1}. What you type stays yours.</source>
      <translation>Geändert von {0} um {1}. Was Sie tippen, bleibt Ihres.</translation>
    </message>
  </context>
  <context>
    <name>ChecksController</name>
    <message>
      <source>Grade {0} · {1} min read</source>
      <translation>Klasse {0} · {1} Min. Lesezeit</translation>
    </message>
    <message>
      <source>No {0} dictionary: spelling not checked</source>
      <translation>Kein Wörterbuch für {0}: Rechtschreibung nicht geprüft</translation>
    </message>
    <message>
      <source>Checks unavailable: {0}</source>
      <translation>Prüfungen nicht verfügbar: {0}</translation>
    </message>
    <message>
      <source>The text changed; checking again…</source>
      <translation>Der Text hat sich geändert; wird neu geprüft…</translation>
    </message>
  </context>
  <context>
    <name>ChecksPanel</name>
    <message>
      <source>Checking…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <source>Copy-desk findings</source>
      <translation>Befunde der Schlussredaktion</translation>
    </message>
    <message>
      <source>Fi&amp;x</source>
      <translation>Be&amp;heben</translation>
    </message>
    <message>
      <source>&amp;Ignore here</source>
      <translation>&amp;Hier ignorieren</translation>
    </message>
    <message>
      <source>Turn rule off</source>
      <translation>Regel abschalten</translation>
    </message>
    <message>
      <source>Add to dictionary</source>
      <translation>Ins Wörterbuch aufnehmen</translation>
    </message>
    <message>
      <source>Curl all quotes</source>
      <translation>Alle Anführungszeichen typografisch</translation>
    </message>
    <message>
      <source>Make every straight quotation mark and apostrophe curly, in one undo step</source>
      <translation>Alle geraden Anführungszeichen und Apostrophe typografisch setzen, in einem Rückgängig-Schritt</translation>
    </message>
    <message>
      <source>No findings</source>
      <translation>Keine Befunde</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n Fehler</numerusform>
        <numerusform>%n Fehler</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n Warnung</numerusform>
        <numerusform>%n Warnungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n suggestion(s)</source>
      <translation>
        <numerusform>%n Vorschlag</numerusform>
        <numerusform>%n Vorschläge</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the first %Ln listed</source>
      <translation>
        <numerusform>nur der erste aufgeführt</numerusform>
        <numerusform>nur die ersten %Ln aufgeführt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CompareView</name>
    <message>
      <source>Inline</source>
      <translation>Im Text</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Nebeneinander</translation>
    </message>
    <message>
      <source>Export report…</source>
      <translation>Bericht exportieren…</translation>
    </message>
    <message>
      <source>These changes as HTML or PDF, for the reporter</source>
      <translation>Diese Änderungen als HTML oder PDF, für die Autorin oder den Autor</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Änderungen</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <source>Comparing…</source>
      <translation>Wird verglichen…</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>Saved elsewhere</source>
      <translation>Anderswo gespeichert</translation>
    </message>
    <message>
      <source>“{0}” was changed and saved by someone else while you were editing it.</source>
      <translation>„{0}“ wurde von jemand anderem geändert und gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message>
      <source>Nothing is lost whichever you choose: the text you do not keep is saved in the article's revisions (or as a separate copy).</source>
      <translation>Was Sie auch wählen, nichts geht verloren: Der Text, den Sie nicht behalten, wird in den Versionen des Artikels gespeichert (oder als eigene Kopie).</translation>
    </message>
    <message>
      <source>Whichever you keep, the other stays in the desk's conflicts.</source>
      <translation>Was Sie auch behalten, das andere bleibt in den Konflikten der Redaktion.</translation>
    </message>
    <message>
      <source>Keep &amp;mine</source>
      <translation>&amp;Meine behalten</translation>
    </message>
    <message>
      <source>Use &amp;theirs</source>
      <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
      <source>Save mine as a &amp;copy</source>
      <translation>Meine als &amp;Kopie speichern</translation>
    </message>
  </context>
  <context>
    <name>CopyFitMeter</name>
    <message numerus="yes">
      <source>%n character(s) over the budget of {0}</source>
      <translation>
        <numerusform>%n Zeichen über dem Budget von {0}</numerusform>
        <numerusform>%n Zeichen über dem Budget von {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0} of %n character(s)</source>
      <translation>
        <numerusform>{0} von %n Zeichen</numerusform>
        <numerusform>{0} von %n Zeichen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardDialog</name>
    <message>
      <source>Corrections dashboard</source>
      <translation>Korrektur-Übersicht</translation>
    </message>
    <message>
      <source>Requests by status</source>
      <translation>Anfragen nach Status</translation>
    </message>
    <message>
      <source>Undecided requests by age</source>
      <translation>Offene Anfragen nach Alter</translation>
    </message>
    <message>
      <source>Requests by section, month by month</source>
      <translation>Anfragen nach Ressort, Monat für Monat</translation>
    </message>
  </context>
  <context>
    <name>DeleteDialog</name>
    <message>
      <source>Delete article</source>
      <translation>Artikel löschen</translation>
    </message>
    <message>
      <source>Move “{0}” to the trash?</source>
      <translation>„{0}“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message>
      <source>Status: {0}.</source>
      <translation>Status: {0}.</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) will go with it.</source>
      <translation>
        <numerusform>%n Version geht mit.</numerusform>
        <numerusform>%n Versionen gehen mit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It carries %n published correction notice(s).</source>
      <translation>
        <numerusform>Er trägt %n veröffentlichten Korrekturhinweis.</numerusform>
        <numerusform>Er trägt %n veröffentlichte Korrekturhinweise.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It is named in %n reader correction request(s).</source>
      <translation>
        <numerusform>Er wird in %n Korrekturanfrage von Lesern genannt.</numerusform>
        <numerusform>Er wird in %n Korrekturanfragen von Lesern genannt.</numerusform>
      </translation>
    </message>
    <message>
      <source>You can restore it from the trash.</source>
      <translation>Sie können ihn aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
      <source>Move to &amp;trash</source>
      <translation>In den &amp;Papierkorb</translation>
    </message>
  </context>
  <context>
    <name>DeskController</name>
    <message>
      <source>Sync with the desk</source>
      <translation>Mit der Redaktion abgleichen</translation>
    </message>
    <message>
      <source>The desk refused a change: {0}</source>
      <translation>Die Redaktion hat eine Änderung abgelehnt: {0}</translation>
    </message>
    <message>
      <source>Desk: syncing…</source>
      <translation>Redaktion: wird abgeglichen…</translation>
    </message>
    <message>
      <source>Desk: offline</source>
      <translation>Redaktion: offline</translation>
    </message>
    <message numerus="yes">
      <source>Desk: %n waiting</source>
      <translation>
        <numerusform>Redaktion: %n wartet</numerusform>
        <numerusform>Redaktion: %n warten</numerusform>
      </translation>
    </message>
    <message>
      <source>Desk: online</source>
      <translation>Redaktion: online</translation>
    </message>
    <message numerus="yes">
      <source>%n waiting</source>
      <translation>
        <numerusform>%n wartet</numerusform>
        <numerusform>%n warten</numerusform>
      </translation>
    </message>
    <message>
      <source>Synced with {0}</source>
      <translation>Abgeglichen mit {0}</translation>
    </message>
    <message>
      <source>{0} is editing this article: your changes will be merged</source>
      <translation>{0} bearbeitet diesen Artikel: Ihre Änderungen werden zusammengeführt</translation>
    </message>
  </context>
  <context>
    <name>DeskPasswordDialog</name>
    <message>
      <source>Desk password</source>
      <translation>Passwort für die Redaktion</translation>
    </message>
    <message>
      <source>The password of {0} on the desk at {1}:</source>
      <translation>Das Passwort von {0} für die Redaktion auf {1}:</translation>
    </message>
  </context>
  <context>
    <name>DuplicateImportDialog</name>
    <message>
      <source>Imported before</source>
      <translation>Schon importiert</translation>
    </message>
    <message numerus="yes">
      <source>Imported before: %n file(s).</source>
      <translation>
        <numerusform>Schon importiert: %n Datei.</numerusform>
        <numerusform>Schon importiert: %n Dateien.</numerusform>
      </translation>
    </message>
    <message>
      <source>Skip it, take its copy as a new revision of the article it became (what was edited since stays in the revisions), or import it as a copy?</source>
      <translation>Überspringen, ihren Text als neue Fassung des Artikels übernehmen, der daraus wurde (was seither bearbeitet wurde, bleibt in den Fassungen), oder als Kopie importieren?</translation>
    </message>
    <message>
      <source>Skip them, take their copy as a new revision of the article each became (what was edited since stays in the revisions), or import them as copies?</source>
      <translation>Überspringen, ihren Text als neue Fassung des Artikels übernehmen, der daraus wurde (was seither bearbeitet wurde, bleibt in den Fassungen), oder als Kopien importieren?</translation>
    </message>
    <message>
      <source> (in the trash)</source>
      <translation> (im Papierkorb)</translation>
    </message>
    <message>
      <source>&amp;Skip it</source>
      <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
      <source>&amp;Skip them</source>
      <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
      <source>&amp;Replace (new revision)</source>
      <translation>&amp;Ersetzen (neue Fassung)</translation>
    </message>
    <message>
      <source>Import as a &amp;copy</source>
      <translation>Als &amp;Kopie importieren</translation>
    </message>
    <message>
      <source>Import as &amp;copies</source>
      <translation>Als &amp;Kopien importieren</translation>
    </message>
  </context>
  <context>
    <name>EditingController</name>
    <message numerus="yes">
      <source>Recovered %n article(s) typed into after being deleted elsewhere</source>
      <translation>
        <numerusform>%n Artikel wiederhergestellt, in den nach dem Löschen anderswo geschrieben wurde</numerusform>
        <numerusform>%n Artikel wiederhergestellt, in die nach dem Löschen anderswo geschrieben wurde</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot open the article</source>
      <translation>Der Artikel lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>Cannot duplicate the article</source>
      <translation>Der Artikel lässt sich nicht duplizieren</translation>
    </message>
    <message>
      <source>Cannot create the article</source>
      <translation>Der Artikel lässt sich nicht anlegen</translation>
    </message>
    <message>
      <source>Saved, with a revision kept</source>
      <translation>Gespeichert, eine Version wurde behalten</translation>
    </message>
    <message>
      <source>This article is in the trash: Restore it to edit, save or copy it</source>
      <translation>Dieser Artikel liegt im Papierkorb: Stellen Sie ihn wieder her, um ihn zu bearbeiten, zu speichern oder zu kopieren</translation>
    </message>
    <message>
      <source>Cannot read the article list</source>
      <translation>Die Artikelliste lässt sich nicht lesen</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Your latest changes could not be saved ({0}). Quit anyway and lose them, or stay and copy your text somewhere safe?</source>
      <translation>Ihre letzten Änderungen konnten nicht gespeichert werden ({0}). Trotzdem beenden und sie verlieren, oder bleiben und den Text an einen sicheren Ort kopieren?</translation>
    </message>
    <message>
      <source>Quit and lose them</source>
      <translation>Beenden und verlieren</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>Bleiben</translation>
    </message>
    <message>
      <source>Your version was saved as a new article: “{0}”</source>
      <translation>Ihre Fassung wurde als neuer Artikel gespeichert: „{0}“</translation>
    </message>
    <message>
      <source>Your version is kept in the article's revisions</source>
      <translation>Ihre Fassung bleibt in den Versionen des Artikels erhalten</translation>
    </message>
    <message>
      <source>Cannot settle the conflict</source>
      <translation>Der Konflikt lässt sich nicht lösen</translation>
    </message>
    <message>
      <source>Article deleted elsewhere</source>
      <translation>Artikel anderswo gelöscht</translation>
    </message>
    <message>
      <source>“{0}” was deleted in another window while you were editing it. Keep your text as a new draft?</source>
      <translation>„{0}“ wurde in einem anderen Fenster gelöscht, während Sie es bearbeitet haben. Ihren Text als neuen Entwurf behalten?</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message>
      <source>Keep as a new draft</source>
      <translation>Als neuen Entwurf behalten</translation>
    </message>
    <message>
      <source>Let it go</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Cannot keep the text</source>
      <translation>Der Text kann nicht behalten werden</translation>
    </message>
    <message numerus="yes">
      <source>%Ln word(s)</source>
      <translation>
        <numerusform>%Ln Wort</numerusform>
        <numerusform>%Ln Wörter</numerusform>
      </translation>
    </message>
    <message>
      <source>A very long body: highlighting is off so typing stays quick</source>
      <translation>Ein sehr langer Text: Die Hervorhebung ist aus, damit das Tippen flüssig bleibt</translation>
    </message>
    <message>
      <source>field</source>
      <translation>Feld</translation>
    </message>
    <message numerus="yes">
      <source>{0}: %Ln character(s)</source>
      <translation>
        <numerusform>{0}: %Ln Zeichen</numerusform>
        <numerusform>{0}: %Ln Zeichen</numerusform>
      </translation>
    </message>
    <message>
      <source>The demo desk opens in a new window; this desk stays as it is</source>
      <translation>Der Demo-Schreibtisch öffnet sich in einem neuen Fenster; dieser Schreibtisch bleibt, wie er ist</translation>
    </message>
    <message>
      <source>Cannot open the demo desk</source>
      <translation>Der Demo-Schreibtisch lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>About Deskeditor</source>
      <translation>Über Deskeditor</translation>
    </message>
    <message>
      <source>Deskeditor {0}
An editorial workstation for news copy editors.</source>
      <translation>Deskeditor {0}
Ein Redaktionsarbeitsplatz für Schlussredakteure in Nachrichtenredaktionen.</translation>
    </message>
  </context>
  <context>
    <name>ExportController</name>
    <message>
      <source>Export article</source>
      <translation>Artikel exportieren</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>Exportiert nach {0}</translation>
    </message>
  </context>
  <context>
    <name>ExportFormat</name>
    <message>
      <source>Web page</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <source>Export as &amp;HTML…</source>
      <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
      <source>Save the rendered article as a web page</source>
      <translation>Den gesetzten Artikel als Webseite speichern</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Export as &amp;PDF…</source>
      <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
      <source>Save the rendered article as a PDF</source>
      <translation>Den gesetzten Artikel als PDF speichern</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
      <source>Markdown with front matter</source>
      <translation>Markdown mit Front Matter</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>Word-Dokument</translation>
    </message>
    <message>
      <source>Export as &amp;Word…</source>
      <translation>Als &amp;Word exportieren…</translation>
    </message>
    <message>
      <source>A Word document</source>
      <translation>Ein Word-Dokument</translation>
    </message>
    <message>
      <source>Deskeditor JSON</source>
      <translation>Deskeditor-JSON</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
      <source>Deskeditor’s article schema</source>
      <translation>Das Artikelschema von Deskeditor</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Reiner Text</translation>
    </message>
    <message>
      <source>Export as plain &amp;text…</source>
      <translation>Als reinen &amp;Text exportieren…</translation>
    </message>
    <message>
      <source>News copy as text</source>
      <translation>Nachrichtentext als reiner Text</translation>
    </message>
    <message>
      <source>IPTC ninjs</source>
      <translation>IPTC ninjs</translation>
    </message>
    <message>
      <source>E&amp;xport as ninjs…</source>
      <translation>Als nin&amp;js exportieren…</translation>
    </message>
    <message>
      <source>IPTC ninjs JSON, for wire and publishing systems</source>
      <translation>IPTC-ninjs-JSON für Agentur- und Publikationssysteme</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in the body</source>
      <translation>Im Text suchen</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <source>Replace with</source>
      <translation>Ersetzen durch</translation>
    </message>
    <message>
      <source>Match &amp;case</source>
      <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
      <source>&amp;Whole word</source>
      <translation>Ganzes &amp;Wort</translation>
    </message>
    <message>
      <source>Regular ex&amp;pression</source>
      <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
      <source>In the replacement, \1 … \9 stand for the groups</source>
      <translation>In der Ersetzung stehen \1 … \9 für die Gruppen</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>Treffer</translation>
    </message>
    <message>
      <source>{0} of {1}</source>
      <translation>{0} von {1}</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n Treffer</numerusform>
        <numerusform>%n Treffer</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Keine Treffer</translation>
    </message>
    <message>
      <source>Invalid expression</source>
      <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter, Shift+F3)</source>
      <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Next match (Enter, F3)</source>
      <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
      <source>&amp;Replace</source>
      <translation>&amp;Ersetzen</translation>
    </message>
    <message>
      <source>Replace &amp;all</source>
      <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
      <source>Every match, as one step Ctrl+Z undoes</source>
      <translation>Alle Treffer, als ein Schritt, den Strg+Z rückgängig macht</translation>
    </message>
    <message numerus="yes">
      <source>%n replaced</source>
      <translation>
        <numerusform>%n ersetzt</numerusform>
        <numerusform>%n ersetzt</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing replaced</source>
      <translation>Nichts ersetzt</translation>
    </message>
    <message>
      <source>Replace all undone</source>
      <translation>Alle ersetzen rückgängig gemacht</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Schließen (Esc)</translation>
    </message>
    <message>
      <source>Close find</source>
      <translation>Suche schließen</translation>
    </message>
  </context>
  <context>
    <name>FindingListModel</name>
    <message>
      <source>Error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Vorschlag</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Überschrift</translation>
    </message>
    <message>
      <source>Dek</source>
      <translation>Unterzeile</translation>
    </message>
    <message>
      <source>Kicker</source>
      <translation>Dachzeile</translation>
    </message>
    <message>
      <source>Byline</source>
      <translation>Autorenzeile</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>Ortsmarke</translation>
    </message>
    <message>
      <source>Body</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Ressort</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Befund</translation>
    </message>
    <message>
      <source>Fix</source>
      <translation>Behebung</translation>
    </message>
    <message>
      <source>suggestions…</source>
      <translation>Vorschläge…</translation>
    </message>
    <message>
      <source>delete “{0}”</source>
      <translation>„{0}“ löschen</translation>
    </message>
    <message>
      <source>→ one space</source>
      <translation>→ ein Leerzeichen</translation>
    </message>
    <message>
      <source>Pull quote {0}</source>
      <translation>Zitatkasten {0}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Welcome to Deskeditor</source>
      <translation>Willkommen bei Deskeditor</translation>
    </message>
    <message>
      <source>Your desk is new. How would you like to start?</source>
      <translation>Ihr Schreibtisch ist neu. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
      <source>The demo articles show what Deskeditor does; delete them whenever you like. Your articles will be kept in {0}.</source>
      <translation>Die Demo-Artikel zeigen, was Deskeditor kann; löschen Sie sie, wann immer Sie wollen. Ihre Artikel werden in {0} aufbewahrt.</translation>
    </message>
    <message>
      <source>Start with &amp;demo articles</source>
      <translation>Mit &amp;Demo-Artikeln beginnen</translation>
    </message>
    <message>
      <source>Start with an &amp;empty desk</source>
      <translation>Mit einem &amp;leeren Schreibtisch beginnen</translation>
    </message>
  </context>
  <context>
    <name>HistoryController</name>
    <message>
      <source>History</source>
      <translation>Versionen</translation>
    </message>
    <message>
      <source>Cannot read the article's history</source>
      <translation>Die Versionen des Artikels lassen sich nicht lesen</translation>
    </message>
    <message>
      <source>Cannot show the revision</source>
      <translation>Die Version lässt sich nicht zeigen</translation>
    </message>
    <message>
      <source>Comparing…</source>
      <translation>Wird verglichen…</translation>
    </message>
    <message>
      <source>nobody</source>
      <translation>niemandem</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n word(s) added, {2} removed · changes by {3}</source>
      <translation>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n Wort hinzugefügt, {2} entfernt · Änderungen von {3}</numerusform>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n Wörter hinzugefügt, {2} entfernt · Änderungen von {3}</numerusform>
      </translation>
    </message>
    <message>
      <source>the current text</source>
      <translation>dem jetzigen Text</translation>
    </message>
    <message>
      <source>revision {0} ({1}, {2})</source>
      <translation>Version {0} ({1}, {2})</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>Cannot compare</source>
      <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
      <source>Export the changes</source>
      <translation>Änderungen exportieren</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <source>Changes exported to {0}</source>
      <translation>Änderungen exportiert nach {0}</translation>
    </message>
    <message>
      <source>the whole article</source>
      <translation>den ganzen Artikel</translation>
    </message>
    <message>
      <source>Restore revision {0}?</source>
      <translation>Version {0} wiederherstellen?</translation>
    </message>
    <message>
      <source>Restore {0} from revision {1}? The text as it is now is kept in the history first; nothing is deleted.</source>
      <translation>{0} aus Version {1} wiederherstellen? Der jetzige Text wird vorher in den Versionen aufbewahrt; nichts wird gelöscht.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Cannot restore the revision</source>
      <translation>Die Version lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
      <source>Restored {0} from revision {1}: kept in the history</source>
      <translation>{0} aus Version {1} wiederhergestellt: in den Versionen aufbewahrt</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <source>No article open.</source>
      <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Versionen</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vergleichen</translation>
    </message>
    <message>
      <source>The chosen revision against the current text (two chosen: against each other); Enter in the list</source>
      <translation>Die gewählte Version mit dem jetzigen Text vergleichen (zwei gewählt: miteinander); Eingabetaste in der Liste</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>The whole article</source>
      <translation>Den ganzen Artikel</translation>
    </message>
    <message>
      <source>Only: {0}</source>
      <translation>Nur: {0}</translation>
    </message>
    <message>
      <source>Since filed…</source>
      <translation>Seit Abgabe…</translation>
    </message>
    <message>
      <source>What the desk changed since the story was filed, as a report for the reporter</source>
      <translation>Was die Redaktion seit der Abgabe geändert hat, als Bericht für die Autorin oder den Autor</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n revision(s), newest first</source>
      <translation>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n Version, die neueste zuerst</numerusform>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n Versionen, die neueste zuerst</numerusform>
      </translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
  </context>
  <context>
    <name>ImportController</name>
    <message>
      <source>Import articles</source>
      <translation>Artikel importieren</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Import a folder</source>
      <translation>Einen Ordner importieren</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>Nichts importiert</translation>
    </message>
    <message>
      <source>Reading files…</source>
      <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Anhalten</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Importing {0} ({1} of {2})</source>
      <translation>{0} wird importiert ({1} von {2})</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Import fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be imported.</source>
      <translation>
        <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
        <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) imported.</source>
      <translation>
        <numerusform>%n Datei importiert.</numerusform>
        <numerusform>%n Dateien importiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) skipped: imported before.</source>
      <translation>
        <numerusform>%n Datei übersprungen: schon importiert.</numerusform>
        <numerusform>%n Dateien übersprungen: schon importiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>The import was stopped; files after these were not read.</source>
      <translation>Der Import wurde angehalten; Dateien danach wurden nicht gelesen.</translation>
    </message>
    <message>
      <source>Use {0} as the publication's corrections address</source>
      <translation>{0} als Korrekturadresse der Publikation verwenden</translation>
    </message>
  </context>
  <context>
    <name>InboxController</name>
    <message>
      <source>Import reader email</source>
      <translation>Leser-E-Mails importieren</translation>
    </message>
    <message>
      <source>Email (*.eml *.mbox *.mbx);;All files (*)</source>
      <translation>E-Mail (*.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Maildir to read</source>
      <translation>Zu lesender Maildir-Ordner</translation>
    </message>
    <message numerus="yes">
      <source>%n new message(s)</source>
      <translation>
        <numerusform>%n neue Nachricht</numerusform>
        <numerusform>%n neue Nachrichten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the inbox</source>
      <translation>
        <numerusform>%n schon im Eingang</numerusform>
        <numerusform>%n schon im Eingang</numerusform>
      </translation>
    </message>
    <message>
      <source>Some mail was not read</source>
      <translation>Einige E-Mails wurden nicht gelesen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln Anfrage</numerusform>
        <numerusform>%Ln Anfragen</numerusform>
      </translation>
    </message>
    <message>
      <source>{0} new · {1} over 30 days</source>
      <translation>{0} neu · {1} älter als 30 Tage</translation>
    </message>
    <message>
      <source>Export the corrections ledger</source>
      <translation>Das Korrekturverzeichnis exportieren</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>JSON-LD (*.jsonld *.json)</source>
      <translation>JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
      <source>The ledger was not exported</source>
      <translation>Das Korrekturprotokoll wurde nicht exportiert</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>Exportiert nach {0}</translation>
    </message>
    <message>
      <source>Mail was not read</source>
      <translation>E-Mails wurden nicht gelesen</translation>
    </message>
  </context>
  <context>
    <name>InboxPanel</name>
    <message>
      <source>Filter requests</source>
      <translation>Anfragen filtern</translation>
    </message>
    <message>
      <source>All requests</source>
      <translation>Alle Anfragen</translation>
    </message>
    <message>
      <source>Over 30 days undecided</source>
      <translation>Über 30 Tage unentschieden</translation>
    </message>
    <message>
      <source>Import mail…</source>
      <translation>E-Mails importieren…</translation>
    </message>
    <message>
      <source>.eml files or an mbox</source>
      <translation>.eml-Dateien oder eine mbox</translation>
    </message>
    <message>
      <source>Maildir…</source>
      <translation>Maildir…</translation>
    </message>
    <message>
      <source>Read new mail from a Maildir folder as it arrives</source>
      <translation>Neue E-Mails aus einem Maildir-Ordner lesen, sobald sie eintreffen</translation>
    </message>
    <message>
      <source>Mail account…</source>
      <translation>E-Mail-Konto…</translation>
    </message>
    <message>
      <source>Read new mail from an IMAP mailbox as it arrives</source>
      <translation>Neue E-Mails aus einem IMAP-Postfach lesen, sobald sie eintreffen</translation>
    </message>
    <message>
      <source>Fetch &amp;mail</source>
      <translation>E-&amp;Mails abrufen</translation>
    </message>
    <message>
      <source>Read new mail from the mail account now</source>
      <translation>Jetzt neue E-Mails vom Konto abrufen</translation>
    </message>
    <message>
      <source>Dashboard…</source>
      <translation>Übersicht…</translation>
    </message>
    <message>
      <source>Correction requests</source>
      <translation>Korrekturanfragen</translation>
    </message>
  </context>
  <context>
    <name>LanguageBox</name>
    <message>
      <source>Desk language ({0})</source>
      <translation>Sprache des Schreibtischs ({0})</translation>
    </message>
  </context>
  <context>
    <name>Localization</name>
    <message>
      <source>The system's language</source>
      <translation>Die Sprache des Systems</translation>
    </message>
  </context>
  <context>
    <name>MailAccountDialog</name>
    <message>
      <source>Mail account</source>
      <translation>E-Mail-Konto</translation>
    </message>
    <message>
      <source>TLS (imaps, usually port 993)</source>
      <translation>TLS (imaps, meist Port 993)</translation>
    </message>
    <message>
      <source>STARTTLS (imap, usually port 143)</source>
      <translation>STARTTLS (imap, meist Port 143)</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>unverändert</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>Sign in with the provider (OAuth 2)</source>
      <translation>Beim Anbieter anmelden (OAuth 2)</translation>
    </message>
    <message>
      <source>Leave it on the server</source>
      <translation>Auf dem Server lassen</translation>
    </message>
    <message>
      <source>Move it to the folder Archive</source>
      <translation>In den Ordner Archive verschieben</translation>
    </message>
    <message>
      <source>Delete it from the server</source>
      <translation>Vom Server löschen</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>&amp;Server:</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port:</translation>
    </message>
    <message>
      <source>S&amp;ecurity:</source>
      <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <source>&amp;Login:</source>
      <translation>An&amp;meldung:</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>Pass&amp;wort:</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Ordner:</translation>
    </message>
    <message>
      <source>Once &amp;imported:</source>
      <translation>Nach dem &amp;Import:</translation>
    </message>
    <message>
      <source>Si&amp;gn in…</source>
      <translation>Anme&amp;lden…</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>MailController</name>
    <message>
      <source>Mail account not usable: {0}</source>
      <translation>E-Mail-Konto nicht nutzbar: {0}</translation>
    </message>
    <message>
      <source>Reading {0}…</source>
      <translation>{0} wird gelesen…</translation>
    </message>
    <message>
      <source>Fetching mail from {0}…</source>
      <translation>E-Mails von {0} werden abgerufen…</translation>
    </message>
    <message>
      <source>Not signed in: {0}</source>
      <translation>Nicht angemeldet: {0}</translation>
    </message>
    <message>
      <source>Signing in to {0} in the browser…</source>
      <translation>Anmeldung bei {0} im Browser…</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <source>Mail not read</source>
      <translation>E-Mails nicht gelesen</translation>
    </message>
    <message>
      <source>{0} ({1}): {2}. The inbox works on what it has.</source>
      <translation>{0} ({1}): {2}. Der Eingang arbeitet mit dem, was er hat.</translation>
    </message>
    <message>
      <source>Mail from {0}, checked {1}</source>
      <translation>E-Mails von {0}, abgerufen {1}</translation>
    </message>
    <message numerus="yes">
      <source>%n new message(s) in the inbox</source>
      <translation>
        <numerusform>%n neue Nachricht im Eingang</numerusform>
        <numerusform>%n neue Nachrichten im Eingang</numerusform>
      </translation>
    </message>
    <message>
      <source>Mail not read: no password for {0}</source>
      <translation>E-Mails nicht gelesen: kein Passwort für {0}</translation>
    </message>
    <message>
      <source>Mail not read: {0}</source>
      <translation>E-Mails nicht gelesen: {0}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo desk (discarded on exit)</source>
      <translation>Demo-Schreibtisch (wird beim Beenden verworfen)</translation>
    </message>
    <message>
      <source>Deskeditor — {0}</source>
      <translation>Deskeditor — {0}</translation>
    </message>
    <message>
      <source>Deskeditor</source>
      <translation>Deskeditor</translation>
    </message>
    <message>
      <source>Opening the desk…</source>
      <translation>Der Schreibtisch wird geöffnet…</translation>
    </message>
    <message>
      <source>Opening the desk… this article stays open until it is saved</source>
      <translation>Der Schreibtisch wird geöffnet… dieser Artikel bleibt offen, bis er gespeichert ist</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Corrections inbox</source>
      <translation>Korrektur-Eingang</translation>
    </message>
    <message>
      <source>The preview</source>
      <translation>Die Vorschau</translation>
    </message>
    <message>
      <source>The article list</source>
      <translation>Die Artikelliste</translation>
    </message>
    <message>
      <source>{0} is folded away while the window is narrow; {1} brings it back</source>
      <translation>{0} ist eingeklappt, solange das Fenster schmal ist; {1} holt es zurück</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <source>Correction notice</source>
      <translation>Korrekturhinweis</translation>
    </message>
    <message>
      <source>what the article got wrong, e.g. “the share of the cost the state paid”</source>
      <translation>was der Artikel falsch hatte, z. B. „den Anteil der Kosten, den das Land zahlte“</translation>
    </message>
    <message>
      <source>what is right, e.g. “It paid half.”</source>
      <translation>was richtig ist, z. B. „Es zahlte die Hälfte.“</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <source>&amp;Where</source>
      <translation>&amp;Wo</translation>
    </message>
    <message>
      <source>What was wr&amp;ong</source>
      <translation>Was &amp;falsch war</translation>
    </message>
    <message>
      <source>What is &amp;right</source>
      <translation>Was &amp;richtig ist</translation>
    </message>
    <message>
      <source>&amp;Notice</source>
      <translation>&amp;Hinweis</translation>
    </message>
    <message>
      <source>Corrected &amp;text</source>
      <translation>Korrigierter &amp;Text</translation>
    </message>
    <message>
      <source>&amp;Publish notice and fix</source>
      <translation>Hinweis &amp;veröffentlichen und korrigieren</translation>
    </message>
    <message>
      <source>“{0}” softens a correction: say plainly what was wrong.</source>
      <translation>„{0}“ schwächt eine Korrektur ab: Sagen Sie klar, was falsch war.</translation>
    </message>
  </context>
  <context>
    <name>NoticeKind</name>
    <message>
      <source>Correction</source>
      <translation>Korrektur</translation>
    </message>
    <message>
      <source>Clarification</source>
      <translation>Klarstellung</translation>
    </message>
    <message>
      <source>Editor’s note</source>
      <translation>Anmerkung der Redaktion</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Aktualisierung</translation>
    </message>
  </context>
  <context>
    <name>NoticePosition</name>
    <message>
      <source>Top</source>
      <translation>Oben</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Unten</translation>
    </message>
  </context>
  <context>
    <name>NoticesController</name>
    <message>
      <source>Cannot show the fix: {0}</source>
      <translation>Die Korrektur lässt sich nicht zeigen: {0}</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Saved, and kept in the article's history</source>
      <translation>Gespeichert und im Verlauf des Artikels festgehalten</translation>
    </message>
    <message>
      <source>Not saved: {0}</source>
      <translation>Nicht gespeichert: {0}</translation>
    </message>
  </context>
  <context>
    <name>NoticesPanel</name>
    <message>
      <source>Published notices</source>
      <translation>Veröffentlichte Hinweise</translation>
    </message>
    <message>
      <source>No notices published on this article. Corrections from the inbox land here.</source>
      <translation>Zu diesem Artikel sind keine Hinweise veröffentlicht. Korrekturen aus dem Eingang landen hier.</translation>
    </message>
    <message>
      <source>Notice wording</source>
      <translation>Wortlaut des Hinweises</translation>
    </message>
    <message>
      <source>Where the notice is shown</source>
      <translation>Wo der Hinweis erscheint</translation>
    </message>
    <message>
      <source>Word&amp;ing</source>
      <translation>&amp;Wortlaut</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>What the fix changed</source>
      <translation>Was die Korrektur geändert hat</translation>
    </message>
    <message>
      <source>top</source>
      <translation>oben</translation>
    </message>
    <message>
      <source>bottom</source>
      <translation>unten</translation>
    </message>
  </context>
  <context>
    <name>OAuthFields</name>
    <message>
      <source>By the server (Google, Microsoft)</source>
      <translation>Nach dem Server (Google, Microsoft)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Eigener</translation>
    </message>
    <message>
      <source>only if the provider gave the app one</source>
      <translation>nur wenn der Anbieter der App eines gab</translation>
    </message>
    <message>
      <source>P&amp;rovider:</source>
      <translation>Anbie&amp;ter:</translation>
    </message>
    <message>
      <source>Client I&amp;D:</source>
      <translation>Client-I&amp;D:</translation>
    </message>
    <message>
      <source>Client secre&amp;t:</source>
      <translation>Client-Geheim&amp;nis:</translation>
    </message>
    <message>
      <source>&amp;Authorization URL:</source>
      <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
      <source>To&amp;ken URL:</source>
      <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
      <source>S&amp;cope:</source>
      <translation>&amp;Geltungsbereich:</translation>
    </message>
  </context>
  <context>
    <name>OAuthSignIn</name>
    <message>
      <source>the sign-in was cancelled</source>
      <translation>die Anmeldung wurde abgebrochen</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>Mail password</source>
      <translation>E-Mail-Passwort</translation>
    </message>
    <message>
      <source>Password for {0} at {1} (not kept: there is no keyring):</source>
      <translation>Passwort für {0} auf {1} (wird nicht aufbewahrt: es gibt keinen Schlüsselbund):</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Articles that set no language of their own are checked and shown in this one</source>
      <translation>Artikel ohne eigene Sprache werden in dieser geprüft und angezeigt</translation>
    </message>
    <message>
      <source>Takes effect when Deskeditor next starts</source>
      <translation>Wirkt beim nächsten Start von Deskeditor</translation>
    </message>
    <message>
      <source>Wire folders</source>
      <translation>Agentur-Ordner</translation>
    </message>
    <message>
      <source>&amp;Add folder…</source>
      <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>&amp;Move imported files into the folder's imported/</source>
      <translation>Importierte Dateien in den Unterordner imported/ &amp;verschieben</translation>
    </message>
    <message>
      <source>Body &amp;font</source>
      <translation>&amp;Schrift des Textes</translation>
    </message>
    <message>
      <source>Body font &amp;size</source>
      <translation>Schrift&amp;größe des Textes</translation>
    </message>
    <message>
      <source>&amp;Headline budget (characters)</source>
      <translation>Budget der &amp;Überschrift (Zeichen)</translation>
    </message>
    <message>
      <source>&amp;Dek budget (characters)</source>
      <translation>Budget der &amp;Unterzeile (Zeichen)</translation>
    </message>
    <message>
      <source>Your &amp;name (kept with revisions)</source>
      <translation>Ihr &amp;Name (steht bei den Versionen)</translation>
    </message>
    <message>
      <source>Articles' &amp;language</source>
      <translation>&amp;Sprache der Artikel</translation>
    </message>
    <message>
      <source>Window language (after a restart)</source>
      <translation>Sprache des Fensters (nach einem Neustart)</translation>
    </message>
    <message>
      <source>&amp;Wire folders (watched)</source>
      <translation>&amp;Agentur-Ordner (überwacht)</translation>
    </message>
    <message>
      <source>Publication</source>
      <translation>Publikation</translation>
    </message>
    <message>
      <source>e.g. The Millbrook Ledger</source>
      <translation>z. B. Der Millbrooker Bote</translation>
    </message>
    <message>
      <source>corrections@ledger.example</source>
      <translation>korrekturen@bote.example</translation>
    </message>
    <message>
      <source>How the site addresses an article: * is one part of the path, {slug} the article's slug. Links in reader mail to this site find their article.</source>
      <translation>Wie die Website einen Artikel adressiert: * ist ein Teil des Pfads, {slug} das Kürzel des Artikels. Links in Leser-E-Mails auf diese Website finden so ihren Artikel.</translation>
    </message>
    <message>
      <source>The corrections desk</source>
      <translation>Die Korrekturredaktion</translation>
    </message>
    <message>
      <source>Pu&amp;blication name</source>
      <translation>Name der Pu&amp;blikation</translation>
    </message>
    <message>
      <source>&amp;Corrections address</source>
      <translation>&amp;Korrekturadresse</translation>
    </message>
    <message>
      <source>Site &amp;URL pattern</source>
      <translation>&amp;URL-Muster der Website</translation>
    </message>
    <message>
      <source>Reply si&amp;gnature</source>
      <translation>Si&amp;gnatur der Antworten</translation>
    </message>
    <message>
      <source>That is not an email address</source>
      <translation>Das ist keine E-Mail-Adresse</translation>
    </message>
    <message>
      <source>A folder wire copy arrives in</source>
      <translation>Ein Ordner, in dem Agenturmaterial eintrifft</translation>
    </message>
  </context>
  <context>
    <name>PreviewPane</name>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Print proof</source>
      <translation>Korrekturabzug drucken</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>Druckvorschau</translation>
    </message>
  </context>
  <context>
    <name>PullQuoteModel</name>
    <message>
      <source>Quote</source>
      <translation>Zitat</translation>
    </message>
    <message>
      <source>Attribution</source>
      <translation>Urheber</translation>
    </message>
    <message>
      <source>After ¶</source>
      <translation>Nach ¶</translation>
    </message>
    <message>
      <source>This quote no longer appears in the body.</source>
      <translation>Dieses Zitat steht nicht mehr im Text.</translation>
    </message>
  </context>
  <context>
    <name>PullQuotesPanel</name>
    <message>
      <source>Pull quotes</source>
      <translation>Zitatkästen</translation>
    </message>
    <message>
      <source>&amp;Quote selection</source>
      <translation>Auswahl als &amp;Zitat</translation>
    </message>
    <message>
      <source>Make the selected body text a pull quote</source>
      <translation>Den ausgewählten Text als Zitatkasten herausstellen</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Runter</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Select the words in the body first.</source>
      <translation>Markieren Sie zuerst die Wörter im Text.</translation>
    </message>
    <message numerus="yes">
      <source>%n quote(s) no longer in the body</source>
      <translation>
        <numerusform>%n Zitat steht nicht mehr im Text</numerusform>
        <numerusform>%n Zitate stehen nicht mehr im Text</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PurgeDialog</name>
    <message>
      <source>Delete forever</source>
      <translation>Endgültig löschen</translation>
    </message>
    <message>
      <source>Delete “{0}” forever?</source>
      <translation>„{0}“ endgültig löschen?</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) go with it.</source>
      <translation>
        <numerusform>%n Version geht mit.</numerusform>
        <numerusform>%n Versionen gehen mit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n published notice(s) go with it.</source>
      <translation>
        <numerusform>%n veröffentlichter Hinweis geht mit.</numerusform>
        <numerusform>%n veröffentlichte Hinweise gehen mit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reader request(s) stay in the inbox, unlinked.</source>
      <translation>
        <numerusform>%n Leseranfrage bleibt im Eingang, ohne Verknüpfung.</numerusform>
        <numerusform>%n Leseranfragen bleiben im Eingang, ohne Verknüpfung.</numerusform>
      </translation>
    </message>
    <message>
      <source>This cannot be undone.</source>
      <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Delete &amp;forever</source>
      <translation>&amp;Endgültig löschen</translation>
    </message>
  </context>
  <context>
    <name>QueriesController</name>
    <message>
      <source>Queries ({0})</source>
      <translation>Rückfragen ({0})</translation>
    </message>
    <message>
      <source>Queries</source>
      <translation>Rückfragen</translation>
    </message>
    <message>
      <source>Add a query</source>
      <translation>Rückfrage stellen</translation>
    </message>
    <message>
      <source>Select the text the query is about, in the body or a field.</source>
      <translation>Markieren Sie den Text, um den es geht, im Text oder in einem Feld.</translation>
    </message>
    <message>
      <source>Query to the reporter</source>
      <translation>Rückfrage an die Autorin oder den Autor</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Reply to Q{0}</source>
      <translation>Antwort auf R{0}</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Antworten</translation>
    </message>
    <message>
      <source>Anchor the query</source>
      <translation>Rückfrage verankern</translation>
    </message>
    <message>
      <source>Select the text to anchor the query to, in: {0}</source>
      <translation>Markieren Sie den Text, an dem die Rückfrage hängen soll, in: {0}</translation>
    </message>
    <message>
      <source>Delete the query?</source>
      <translation>Rückfrage löschen?</translation>
    </message>
    <message>
      <source>Delete Q{0} and its replies? Resolving it keeps it on record.</source>
      <translation>R{0} mit ihren Antworten löschen? Als erledigt markiert bleibt sie erhalten.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Behalten</translation>
    </message>
  </context>
  <context>
    <name>QueriesPanel</name>
    <message>
      <source>Queries</source>
      <translation>Rückfragen</translation>
    </message>
    <message>
      <source>No queries. Select text and press Ctrl+Alt+M to ask the reporter about it.</source>
      <translation>Keine Rückfragen. Markieren Sie Text und drücken Sie Strg+Alt+M, um nachzufragen.</translation>
    </message>
    <message>
      <source>Show resolved</source>
      <translation>Erledigte zeigen</translation>
    </message>
    <message>
      <source>Reply…</source>
      <translation>Antworten…</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Anchor to selection</source>
      <translation>An Markierung verankern</translation>
    </message>
    <message>
      <source>Anchor the query to the text selected in its field (an orphaned one, say)</source>
      <translation>Die Rückfrage an den markierten Text ihres Felds hängen (etwa eine verwaiste)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message numerus="yes">
      <source>Open queries: %n</source>
      <translation>
        <numerusform>Offene Rückfragen: %n</numerusform>
        <numerusform>Offene Rückfragen: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>, {0} resolved</source>
      <translation>, {0} erledigt</translation>
    </message>
    <message>
      <source> · resolved by {0}</source>
      <translation> · erledigt von {0}</translation>
    </message>
    <message>
      <source> · orphaned: its text was deleted</source>
      <translation> · verwaist: ihr Text wurde gelöscht</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Wieder öffnen</translation>
    </message>
  </context>
  <context>
    <name>QueryDialog</name>
    <message>
      <source>About: “{0}”</source>
      <translation>Zu: „{0}“</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Strg+Eingabe</translation>
    </message>
  </context>
  <context>
    <name>QueryMargin</name>
    <message>
      <source>Queries in the margin</source>
      <translation>Rückfragen am Rand</translation>
    </message>
  </context>
  <context>
    <name>ReplyEditor</name>
    <message>
      <source>Reply to</source>
      <translation>Antwort an</translation>
    </message>
    <message>
      <source>Reply subject</source>
      <translation>Betreff der Antwort</translation>
    </message>
    <message>
      <source>Reply text</source>
      <translation>Text der Antwort</translation>
    </message>
    <message>
      <source>No reply yet. “Draft reply” writes one in the house wording for you to review.</source>
      <translation>Noch keine Antwort. „Antwort entwerfen“ schreibt eine im Hauswortlaut, die Sie prüfen.</translation>
    </message>
    <message>
      <source>Save reply</source>
      <translation>Antwort speichern</translation>
    </message>
    <message>
      <source>Save it as an .eml in the outbox, to send from your mail program</source>
      <translation>Als .eml im Ausgang speichern, um sie aus Ihrem E-Mail-Programm zu senden</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Senden</translation>
    </message>
    <message>
      <source>Send it now through the SMTP server (deskeditor inbox smtp set URL)</source>
      <translation>Jetzt über den SMTP-Server senden (deskeditor inbox smtp set URL)</translation>
    </message>
    <message>
      <source>Open in &amp;mail program</source>
      <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
      <source>Hand it to your mail program to send (the request is not marked replied)</source>
      <translation>An Ihr E-Mail-Programm zum Senden übergeben (die Anfrage wird nicht als beantwortet markiert)</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>To</source>
      <translation>An</translation>
    </message>
    <message>
      <source>Sub&amp;ject</source>
      <translation>Be&amp;treff</translation>
    </message>
    <message>
      <source>(set the corrections address in Preferences → Publication)</source>
      <translation>(die Korrekturadresse unter Einstellungen → Publikation eintragen)</translation>
    </message>
    <message>
      <source>Sent to {0}</source>
      <translation>Gesendet an {0}</translation>
    </message>
    <message>
      <source>Saved as {0}: send it from your mail program</source>
      <translation>Gespeichert als {0}: senden Sie es aus Ihrem E-Mail-Programm</translation>
    </message>
    <message>
      <source>Draft: review and edit it, then save or send it</source>
      <translation>Entwurf: prüfen und bearbeiten, dann speichern oder senden</translation>
    </message>
  </context>
  <context>
    <name>ReplySending</name>
    <message>
      <source>The reply was not sent</source>
      <translation>Die Antwort wurde nicht gesendet</translation>
    </message>
    <message>
      <source>Sending to {0}…</source>
      <translation>Wird an {0} gesendet…</translation>
    </message>
    <message>
      <source>Reply sent to {0}</source>
      <translation>Antwort an {0} gesendet</translation>
    </message>
    <message>
      <source>Handed to your mail program: the request is marked when you save or send</source>
      <translation>An Ihr E-Mail-Programm übergeben: Die Anfrage wird markiert, wenn Sie speichern oder senden</translation>
    </message>
    <message>
      <source>No SMTP server</source>
      <translation>Kein SMTP-Server</translation>
    </message>
    <message>
      <source>Set one with: deskeditor inbox smtp set smtps://user@host:465</source>
      <translation>Einen einrichten mit: deskeditor inbox smtp set smtps://user@host:465</translation>
    </message>
  </context>
  <context>
    <name>RequestController</name>
    <message>
      <source>Cannot open the request</source>
      <translation>Die Anfrage lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;i&gt;Not linked to an article.&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;Mit keinem Artikel verknüpft.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;i&gt;No notice published for this request yet.&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;Zu dieser Anfrage ist noch kein Hinweis veröffentlicht.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Cannot show the fix: {0}</source>
      <translation>Die Korrektur lässt sich nicht zeigen: {0}</translation>
    </message>
    <message>
      <source>The notice was not published</source>
      <translation>Der Hinweis wurde nicht veröffentlicht</translation>
    </message>
    <message>
      <source>No reply drafted</source>
      <translation>Keine Antwort entworfen</translation>
    </message>
    <message>
      <source>The reply was not saved</source>
      <translation>Die Antwort wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>Reply saved as {0}: send it from your mail program</source>
      <translation>Antwort gespeichert als {0}: senden Sie sie aus Ihrem E-Mail-Programm</translation>
    </message>
    <message>
      <source>Not changed</source>
      <translation>Nicht geändert</translation>
    </message>
    <message>
      <source>Not saved: {0}. What you typed is still here.</source>
      <translation>Nicht gespeichert: {0}. Was Sie getippt haben, ist noch da.</translation>
    </message>
  </context>
  <context>
    <name>RequestListModel</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>(not linked)</source>
      <translation>(nicht verknüpft)</translation>
    </message>
    <message>
      <source>Over 30 days without a decision</source>
      <translation>Seit über 30 Tagen ohne Entscheidung</translation>
    </message>
    <message>
      <source>Received {0}</source>
      <translation>Eingegangen {0}</translation>
    </message>
    <message>
      <source>{0} h</source>
      <translation>{0} Std.</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0} T.</translation>
    </message>
  </context>
  <context>
    <name>RequestPane</name>
    <message>
      <source>← Inbox</source>
      <translation>← Eingang</translation>
    </message>
    <message>
      <source>Back to the list of requests (Esc)</source>
      <translation>Zurück zur Liste der Anfragen (Esc)</translation>
    </message>
    <message>
      <source>Request status</source>
      <translation>Status der Anfrage</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Zugewiesen an</translation>
    </message>
    <message>
      <source>Who is on it</source>
      <translation>Wer sich darum kümmert</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Notes for the desk</source>
      <translation>Notizen für die Redaktion</translation>
    </message>
    <message>
      <source>Open article</source>
      <translation>Artikel öffnen</translation>
    </message>
    <message>
      <source>Link to article…</source>
      <translation>Mit Artikel verknüpfen…</translation>
    </message>
    <message>
      <source>The likeliest articles:</source>
      <translation>Die wahrscheinlichsten Artikel:</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Fix</source>
      <translation>Korrektur</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>Write notice…</source>
      <translation>Hinweis schreiben…</translation>
    </message>
    <message>
      <source>Draft repl&amp;y</source>
      <translation>Antwort ent&amp;werfen</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source> · over 30 days without a decision</source>
      <translation> · seit über 30 Tagen ohne Entscheidung</translation>
    </message>
    <message>
      <source>written {0}</source>
      <translation>geschrieben {0}</translation>
    </message>
    <message>
      <source>received {0}</source>
      <translation>eingegangen {0}</translation>
    </message>
    <message>
      <source>About: &lt;b&gt;{0}&lt;/b&gt; — {1}</source>
      <translation>Betrifft: &lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
      <source>Not linked to an article ({0}).</source>
      <translation>Mit keinem Artikel verknüpft ({0}).</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Verknüpfen</translation>
    </message>
    <message>
      <source>Link to “{0}”</source>
      <translation>Mit „{0}“ verknüpfen</translation>
    </message>
    <message>
      <source>Attachments (kept, never opened)</source>
      <translation>Anhänge (aufbewahrt, nie geöffnet)</translation>
    </message>
  </context>
  <context>
    <name>RequestStatus</name>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>Triaging</source>
      <translation>Wird gesichtet</translation>
    </message>
    <message>
      <source>Investigating</source>
      <translation>Wird geprüft</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Doppelt</translation>
    </message>
    <message>
      <source>Fixed</source>
      <translation>Behoben</translation>
    </message>
    <message>
      <source>Notice published</source>
      <translation>Hinweis veröffentlicht</translation>
    </message>
    <message>
      <source>Reply saved</source>
      <translation>Antwort gespeichert</translation>
    </message>
    <message>
      <source>Reader replied</source>
      <translation>Leser geantwortet</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Abgeschlossen</translation>
    </message>
  </context>
  <context>
    <name>RevisionBar</name>
    <message>
      <source>← Back to editing</source>
      <translation>← Zurück zum Bearbeiten</translation>
    </message>
    <message>
      <source>Back to the article as it is now (Esc)</source>
      <translation>Zurück zum Artikel, wie er jetzt ist (Esc)</translation>
    </message>
  </context>
  <context>
    <name>RevisionListModel</name>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Wörter</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>(unbekannt)</translation>
    </message>
    <message>
      <source>fields</source>
      <translation>Felder</translation>
    </message>
    <message>
      <source>{0} (coalesced to {1})</source>
      <translation>{0} (zusammengefasst bis {1})</translation>
    </message>
    <message>
      <source>Revision {0}, {1}</source>
      <translation>Version {0}, {1}</translation>
    </message>
    <message>
      <source>Changed: {0}</source>
      <translation>Geändert: {0}</translation>
    </message>
  </context>
  <context>
    <name>RevisionReason</name>
    <message>
      <source>Autosave</source>
      <translation>Automatisch gespeichert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>Korrektur</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellung</translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>Statuswechsel</translation>
    </message>
    <message>
      <source>Publish override</source>
      <translation>Veröffentlicht trotz Fehlern</translation>
    </message>
    <message>
      <source>Slug change</source>
      <translation>Kürzel geändert</translation>
    </message>
    <message>
      <source>Notice edit</source>
      <translation>Hinweis bearbeitet</translation>
    </message>
    <message>
      <source>Set aside in a conflict</source>
      <translation>Bei einem Konflikt beiseitegelegt</translation>
    </message>
  </context>
  <context>
    <name>RevisionView</name>
    <message>
      <source>Compare with current</source>
      <translation>Mit jetzigem Text vergleichen</translation>
    </message>
    <message>
      <source>Restore this revision…</source>
      <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Revision {0}&lt;/b&gt; · {1} · {2} · {3}&lt;br&gt;As it was, read-only.</source>
      <translation>&lt;b&gt;Version {0}&lt;/b&gt; · {1} · {2} · {3}&lt;br&gt;Wie er war, nur zum Lesen.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
  </context>
  <context>
    <name>SaveState</name>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Wird gespeichert…</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
  </context>
  <context>
    <name>ShortcutSheet</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Type to filter: a command or a key</source>
      <translation>Zum Filtern tippen: ein Befehl oder eine Taste</translation>
    </message>
    <message>
      <source>Filter shortcuts</source>
      <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>SignInPrompt</name>
    <message>
      <source>Sign in to {0}</source>
      <translation>Bei {0} anmelden</translation>
    </message>
    <message>
      <source>Finish signing in to {0} in your browser. If no browser opened, open this address in one:</source>
      <translation>Schließen Sie die Anmeldung bei {0} im Browser ab. Hat sich kein Browser geöffnet, öffnen Sie diese Adresse in einem:</translation>
    </message>
    <message>
      <source>&amp;Copy address</source>
      <translation>Adresse &amp;kopieren</translation>
    </message>
  </context>
  <context>
    <name>SlugDialog</name>
    <message>
      <source>Change the address of a published article</source>
      <translation>Die Adresse eines veröffentlichten Artikels ändern</translation>
    </message>
    <message>
      <source>This article has been published as “{0}”. Links to that address, from readers and other sites, will no longer reach it. The change is kept in the article's history.</source>
      <translation>Dieser Artikel ist als „{0}“ veröffentlicht. Links auf diese Adresse, von Lesern und anderen Websites, erreichen ihn dann nicht mehr. Die Änderung wird im Verlauf des Artikels festgehalten.</translation>
    </message>
    <message>
      <source>New slug</source>
      <translation>Neues Kürzel</translation>
    </message>
    <message>
      <source>New &amp;slug</source>
      <translation>Neues &amp;Kürzel</translation>
    </message>
    <message>
      <source>&amp;Change the address</source>
      <translation>Adresse &amp;ändern</translation>
    </message>
    <message>
      <source>a slug has at most {0} characters</source>
      <translation>ein Kürzel hat höchstens {0} Zeichen</translation>
    </message>
    <message>
      <source>a slug is lower-case letters and digits joined by single hyphens</source>
      <translation>ein Kürzel besteht aus Kleinbuchstaben und Ziffern, verbunden durch einzelne Bindestriche</translation>
    </message>
  </context>
  <context>
    <name>SpellingMenu</name>
    <message>
      <source>Spelling of “{0}”</source>
      <translation>Schreibung von „{0}“</translation>
    </message>
    <message>
      <source>No suggestions</source>
      <translation>Keine Vorschläge</translation>
    </message>
    <message>
      <source>&amp;Add “{0}” to the dictionary</source>
      <translation>„{0}“ ins Wörterbuch &amp;aufnehmen</translation>
    </message>
  </context>
  <context>
    <name>StatusGateDialog</name>
    <message>
      <source>Publish over errors?</source>
      <translation>Trotz Fehlern veröffentlichen?</translation>
    </message>
    <message>
      <source>Mark “{0}” over errors?</source>
      <translation>Trotz Fehlern auf „{0}“ setzen?</translation>
    </message>
    <message>
      <source>Mark “{0}” with open queries?</source>
      <translation>Mit offenen Rückfragen auf „{0}“ setzen?</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
      <source>The checks found %n error(s) in “{0}”.</source>
      <translation>
        <numerusform>Die Prüfungen haben %n Fehler in „{0}“ gefunden.</numerusform>
        <numerusform>Die Prüfungen haben %n Fehler in „{0}“ gefunden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Queries to the reporter still open on “{0}”: %n.</source>
      <translation>
        <numerusform>Noch offene Rückfragen zu „{0}“: %n.</numerusform>
        <numerusform>Noch offene Rückfragen zu „{0}“: %n.</numerusform>
      </translation>
    </message>
    <message>
      <source> (orphaned)</source>
      <translation> (verwaist)</translation>
    </message>
    <message>
      <source>Query {0} on {1} “{2}”{3}: {4} — {5}</source>
      <translation>Rückfrage {0} zu {1} „{2}“{3}: {4} — {5}</translation>
    </message>
    <message>
      <source>Reason for publishing over the errors</source>
      <translation>Grund für die Veröffentlichung trotz Fehlern</translation>
    </message>
    <message>
      <source>Why it goes out now (kept in the article's history)</source>
      <translation>Warum es jetzt hinausgeht (wird im Verlauf des Artikels festgehalten)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Grund</translation>
    </message>
    <message>
      <source>&amp;Keep editing</source>
      <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Publish anyway</source>
      <translation>&amp;Trotzdem veröffentlichen</translation>
    </message>
    <message>
      <source>Mark ready &amp;anyway</source>
      <translation>Trotzdem &amp;freigeben</translation>
    </message>
    <message>
      <source>Errors that stand</source>
      <translation>Bestehende Fehler</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… und %n weiterer</numerusform>
        <numerusform>… und %n weitere</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashBar</name>
    <message>
      <source>Restore</source>
      <translation>Wiederherstellen</translation>
    </message>
    <message>
      <source>Bring the article back to the desk to edit it</source>
      <translation>Den Artikel auf den Schreibtisch zurückholen, um ihn zu bearbeiten</translation>
    </message>
    <message>
      <source>Delete forever…</source>
      <translation>Endgültig löschen…</translation>
    </message>
    <message>
      <source>Delete the article with its revisions and notices; this cannot be undone</source>
      <translation>Den Artikel mit seinen Versionen und Hinweisen löschen; das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
      <source>In the trash since {0}: read-only. Restore it to edit, publish or copy it.</source>
      <translation>Seit {0} im Papierkorb: nur lesbar. Stellen Sie ihn wieder her, um ihn zu bearbeiten, zu veröffentlichen oder zu kopieren.</translation>
    </message>
  </context>
  <context>
    <name>TrashController</name>
    <message>
      <source>Cannot delete the article</source>
      <translation>Der Artikel lässt sich nicht löschen</translation>
    </message>
    <message>
      <source>Moved to the trash; File → Restore from trash brings it back</source>
      <translation>In den Papierkorb verschoben; Datei → Aus dem Papierkorb holen bringt ihn zurück</translation>
    </message>
    <message>
      <source>Pick an article in the trash to restore it</source>
      <translation>Wählen Sie einen Artikel im Papierkorb, um ihn wiederherzustellen</translation>
    </message>
    <message>
      <source>Show the trash (the Trash button over the list) and pick an article</source>
      <translation>Den Papierkorb zeigen (die Schaltfläche Papierkorb über der Liste) und einen Artikel wählen</translation>
    </message>
    <message>
      <source>Cannot restore the article</source>
      <translation>Der Artikel lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
      <source>Restored: back on the desk</source>
      <translation>Wiederhergestellt: wieder auf dem Schreibtisch</translation>
    </message>
    <message>
      <source>Deleted forever</source>
      <translation>Endgültig gelöscht</translation>
    </message>
    <message>
      <source>&amp;Delete forever…</source>
      <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>&amp;New article</source>
      <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
      <source>Start a new article</source>
      <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplizieren</translation>
    </message>
    <message>
      <source>Copy this article into a new draft</source>
      <translation>Diesen Artikel in einen neuen Entwurf kopieren</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>Save now and keep a revision</source>
      <translation>Jetzt speichern und eine Version behalten</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <source>Move this article to the trash</source>
      <translation>Diesen Artikel in den Papierkorb verschieben</translation>
    </message>
    <message>
      <source>&amp;Restore from trash</source>
      <translation>Aus dem Papierkorb &amp;holen</translation>
    </message>
    <message>
      <source>Bring this article back from the trash</source>
      <translation>Diesen Artikel aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
      <source>&amp;Import copy…</source>
      <translation>Material &amp;importieren…</translation>
    </message>
    <message>
      <source>Import articles from files</source>
      <translation>Artikel aus Dateien importieren</translation>
    </message>
    <message>
      <source>Import a &amp;folder…</source>
      <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
      <source>Import every article file in a folder</source>
      <translation>Jede Artikeldatei eines Ordners importieren</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
      <source>The article on paper</source>
      <translation>Der Artikel auf Papier</translation>
    </message>
    <message>
      <source>Print pr&amp;oof…</source>
      <translation>Korrektur&amp;abzug drucken…</translation>
    </message>
    <message>
      <source>A desk proof: every page headed with slug, status, section, date and page</source>
      <translation>Ein Korrekturabzug: jede Seite mit Kürzel, Status, Ressort, Datum und Seite überschrieben</translation>
    </message>
    <message>
      <source>Chan&amp;ges since filed…</source>
      <translation>Änderungen seit A&amp;bgabe…</translation>
    </message>
    <message>
      <source>What the desk changed since the story was filed</source>
      <translation>Was die Redaktion seit der Abgabe geändert hat</translation>
    </message>
    <message>
      <source>Mar&amp;k queries in exports</source>
      <translation>Rückfragen in Exporte a&amp;ufnehmen</translation>
    </message>
    <message>
      <source>Show the desk's queries in exported HTML and PDF</source>
      <translation>Die Rückfragen der Redaktion in exportiertem HTML und PDF zeigen</translation>
    </message>
    <message>
      <source>Export corrections ledger (&amp;CSV)…</source>
      <translation>Korrekturverzeichnis exportieren (&amp;CSV)…</translation>
    </message>
    <message>
      <source>Every request and notice</source>
      <translation>Jede Anfrage und jeder Hinweis</translation>
    </message>
    <message>
      <source>Export corrections ledger (JSON-&amp;LD)…</source>
      <translation>Korrekturverzeichnis exportieren (JSON-L&amp;D)…</translation>
    </message>
    <message>
      <source>schema.org CorrectionComment notices per article</source>
      <translation>schema.org-CorrectionComment-Hinweise je Artikel</translation>
    </message>
    <message>
      <source>Pr&amp;eferences…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>Fonts and copy-fit budgets</source>
      <translation>Schriften und Budgets für die Längen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Suchen…</translation>
    </message>
    <message>
      <source>Find in the body</source>
      <translation>Im Text suchen</translation>
    </message>
    <message>
      <source>Find and rep&amp;lace…</source>
      <translation>Suchen und &amp;ersetzen…</translation>
    </message>
    <message>
      <source>Find and replace in the body</source>
      <translation>Im Text suchen und ersetzen</translation>
    </message>
    <message>
      <source>Find ne&amp;xt</source>
      <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
      <source>The next match in the body</source>
      <translation>Der nächste Treffer im Text</translation>
    </message>
    <message>
      <source>Find pre&amp;vious</source>
      <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
      <source>The previous match</source>
      <translation>Der vorherige Treffer</translation>
    </message>
    <message>
      <source>S&amp;mart quotes</source>
      <translation>&amp;Typografische Anführungszeichen</translation>
    </message>
    <message>
      <source>Curl straight quotes and apostrophes into the article language's marks</source>
      <translation>Gerade Anführungszeichen und Apostrophe in die Zeichen der Artikelsprache setzen</translation>
    </message>
    <message>
      <source>Add &amp;query…</source>
      <translation>&amp;Rückfrage stellen…</translation>
    </message>
    <message>
      <source>Ask the reporter about the selected text (a CQ)</source>
      <translation>Zum markierten Text bei der Autorin oder dem Autor nachfragen</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;Versionen</translation>
    </message>
    <message>
      <source>The article's revisions: view, compare, restore</source>
      <translation>Die Versionen des Artikels: ansehen, vergleichen, wiederherstellen</translation>
    </message>
    <message>
      <source>&amp;Next article</source>
      <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
      <source>&amp;Previous article</source>
      <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
      <source>&amp;Search articles</source>
      <translation>Artikel &amp;durchsuchen</translation>
    </message>
    <message>
      <source>Search all articles</source>
      <translation>Alle Artikel durchsuchen</translation>
    </message>
    <message>
      <source>&amp;Article list</source>
      <translation>&amp;Artikelliste</translation>
    </message>
    <message>
      <source>The article list tab</source>
      <translation>Der Reiter mit der Artikelliste</translation>
    </message>
    <message>
      <source>Corrections &amp;inbox</source>
      <translation>Korrektur-&amp;Eingang</translation>
    </message>
    <message>
      <source>The corrections inbox tab</source>
      <translation>Der Reiter mit dem Korrektur-Eingang</translation>
    </message>
    <message>
      <source>Article &amp;list</source>
      <translation>Artikel&amp;liste</translation>
    </message>
    <message>
      <source>Show or hide the article list</source>
      <translation>Die Artikelliste zeigen oder ausblenden</translation>
    </message>
    <message>
      <source>&amp;Preview</source>
      <translation>&amp;Vorschau</translation>
    </message>
    <message>
      <source>Show or hide the preview</source>
      <translation>Die Vorschau zeigen oder ausblenden</translation>
    </message>
    <message>
      <source>Re&amp;load list</source>
      <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>Every shortcut</source>
      <translation>Alle Tastenkürzel</translation>
    </message>
    <message>
      <source>Open the &amp;demo desk</source>
      <translation>&amp;Demo-Schreibtisch öffnen</translation>
    </message>
    <message>
      <source>Try Deskeditor on sample articles, in a new window</source>
      <translation>Deskeditor mit Beispielartikeln ausprobieren, in einem neuen Fenster</translation>
    </message>
    <message>
      <source>&amp;About Deskeditor</source>
      <translation>Über &amp;Deskeditor</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Gehe zu</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Haupt</translation>
    </message>
  </context>
  <context>
    <name>WireFolderController</name>
    <message>
      <source>Wire: importing {0} ({1} of {2})</source>
      <translation>Agentur: {0} wird importiert ({1} von {2})</translation>
    </message>
    <message>
      <source>Wire: “{0}” from {1}</source>
      <translation>Agentur: „{0}“ aus {1}</translation>
    </message>
    <message numerus="yes">
      <source>Wire: %n new article(s)</source>
      <translation>
        <numerusform>Agentur: %n neuer Artikel</numerusform>
        <numerusform>Agentur: %n neue Artikel</numerusform>
      </translation>
    </message>
    <message>
      <source>; not imported: {0}</source>
      <translation>; nicht importiert: {0}</translation>
    </message>
    <message>
      <source>Wire folders: {0}</source>
      <translation>Agentur-Ordner: {0}</translation>
    </message>
  </context>
  <context>
    <name>WorkflowController</name>
    <message>
      <source>Still {0}: nothing changed</source>
      <translation>Weiterhin {0}: nichts geändert</translation>
    </message>
    <message>
      <source>The status did not change</source>
      <translation>Der Status hat sich nicht geändert</translation>
    </message>
    <message>
      <source>{0} → {1}: kept in the article's history</source>
      <translation>{0} → {1}: im Verlauf des Artikels festgehalten</translation>
    </message>
    <message>
      <source>The address did not change</source>
      <translation>Die Adresse hat sich nicht geändert</translation>
    </message>
    <message>
      <source>Address changed to “{0}”: kept in the article's history</source>
      <translation>Adresse geändert in „{0}“: im Verlauf des Artikels festgehalten</translation>
    </message>
  </context>
</TS>
