<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>ChecksPanel</name>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s)</source>
      <translation>
        <numerusform>%n warning</numerusform>
        <numerusform>%n warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n suggestion(s)</source>
      <translation>
        <numerusform>%n suggestion</numerusform>
        <numerusform>%n suggestions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the first %Ln listed</source>
      <translation>
        <numerusform>the first %Ln listed</numerusform>
        <numerusform>the first %Ln listed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CopyFitMeter</name>
    <message numerus="yes">
      <source>%n character(s) over the budget of {0}</source>
      <translation>
        <numerusform>%n character over the budget of {0}</numerusform>
        <numerusform>%n characters over the budget of {0}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0} of %n character(s)</source>
      <translation>
        <numerusform>{0} of %n character</numerusform>
        <numerusform>{0} of %n characters</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeleteDialog</name>
    <message numerus="yes">
      <source>%n revision(s) will go with it.</source>
      <translation>
        <numerusform>%n revision will go with it.</numerusform>
        <numerusform>%n revisions will go with it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It carries %n published correction notice(s).</source>
      <translation>
        <numerusform>It carries %n published correction notice.</numerusform>
        <numerusform>It carries %n published correction notices.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It is named in %n reader correction request(s).</source>
      <translation>
        <numerusform>It is named in %n reader correction request.</numerusform>
        <numerusform>It is named in %n reader correction requests.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DeskController</name>
    <message numerus="yes">
      <source>Desk: %n waiting</source>
      <translation>
        <numerusform>Desk: %n waiting</numerusform>
        <numerusform>Desk: %n waiting</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n waiting</source>
      <translation>
        <numerusform>%n waiting</numerusform>
        <numerusform>%n waiting</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DuplicateImportDialog</name>
    <message numerus="yes">
      <source>Imported before: %n file(s).</source>
      <translation>
        <numerusform>Imported before: %n file.</numerusform>
        <numerusform>Imported before: %n files.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EditingController</name>
    <message numerus="yes">
      <source>Recovered %n article(s) typed into after being deleted elsewhere</source>
      <translation>
        <numerusform>Recovered %n article typed into after being deleted elsewhere</numerusform>
        <numerusform>Recovered %n articles typed into after being deleted elsewhere</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln word(s)</source>
      <translation>
        <numerusform>%Ln word</numerusform>
        <numerusform>%Ln words</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{0}: %Ln character(s)</source>
      <translation>
        <numerusform>{0}: %Ln character</numerusform>
        <numerusform>{0}: %Ln characters</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n replaced</source>
      <translation>
        <numerusform>%n replaced</numerusform>
        <numerusform>%n replaced</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryController</name>
    <message numerus="yes">
      <source>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n word(s) added, {2} removed · changes by {3}</source>
      <translation>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n word added, {2} removed · changes by {3}</numerusform>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt; → &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;%n words added, {2} removed · changes by {3}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message numerus="yes">
      <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n revision(s), newest first</source>
      <translation>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n revision, newest first</numerusform>
        <numerusform>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;%n revisions, newest first</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
      <source>%n file(s) could not be imported.</source>
      <translation>
        <numerusform>%n file could not be imported.</numerusform>
        <numerusform>%n files could not be imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) imported.</source>
      <translation>
        <numerusform>%n file imported.</numerusform>
        <numerusform>%n files imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) skipped: imported before.</source>
      <translation>
        <numerusform>%n file skipped: imported before.</numerusform>
        <numerusform>%n files skipped: imported before.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>InboxController</name>
    <message numerus="yes">
      <source>%n new message(s)</source>
      <translation>
        <numerusform>%n new message</numerusform>
        <numerusform>%n new messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n already in the inbox</source>
      <translation>
        <numerusform>%n already in the inbox</numerusform>
        <numerusform>%n already in the inbox</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln request(s)</source>
      <translation>
        <numerusform>%Ln request</numerusform>
        <numerusform>%Ln requests</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MailController</name>
    <message numerus="yes">
      <source>%n new message(s) in the inbox</source>
      <translation>
        <numerusform>%n new message in the inbox</numerusform>
        <numerusform>%n new messages in the inbox</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PullQuotesPanel</name>
    <message numerus="yes">
      <source>%n quote(s) no longer in the body</source>
      <translation>
        <numerusform>%n quote no longer in the body</numerusform>
        <numerusform>%n quotes no longer in the body</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PurgeDialog</name>
    <message numerus="yes">
      <source>%n revision(s) go with it.</source>
      <translation>
        <numerusform>%n revision go with it.</numerusform>
        <numerusform>%n revisions go with it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n published notice(s) go with it.</source>
      <translation>
        <numerusform>%n published notice go with it.</numerusform>
        <numerusform>%n published notices go with it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n reader request(s) stay in the inbox, unlinked.</source>
      <translation>
        <numerusform>%n reader request stay in the inbox, unlinked.</numerusform>
        <numerusform>%n reader requests stay in the inbox, unlinked.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QueriesPanel</name>
    <message numerus="yes">
      <source>Open queries: %n</source>
      <translation>
        <numerusform>Open queries: %n</numerusform>
        <numerusform>Open queries: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusGateDialog</name>
    <message numerus="yes">
      <source>The checks found %n error(s) in “{0}”.</source>
      <translation>
        <numerusform>The checks found %n error in “{0}”.</numerusform>
        <numerusform>The checks found %n errors in “{0}”.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Queries to the reporter still open on “{0}”: %n.</source>
      <translation>
        <numerusform>Queries to the reporter still open on “{0}”: %n.</numerusform>
        <numerusform>Queries to the reporter still open on “{0}”: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… and %n more</numerusform>
        <numerusform>… and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WireFolderController</name>
    <message numerus="yes">
      <source>Wire: %n new article(s)</source>
      <translation>
        <numerusform>Wire: %n new article</numerusform>
        <numerusform>Wire: %n new articles</numerusform>
      </translation>
    </message>
  </context>
</TS>
