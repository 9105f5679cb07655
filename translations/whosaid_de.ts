<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="31"/>
        <source>Search the actors…</source>
        <translation>Akteure durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActorPickerDialog</name>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="19"/>
        <source>An actor of the article:</source>
        <translation>Ein Akteur des Artikels:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="34"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="76"/>
        <source>%1 (%L2)</source>
        <comment>actor kind (number of actors)</comment>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/actors_model.cpp" line="97"/>
        <source>%1 — %Ln mention(s)</source>
        <translation>
            <numerusform>%1 — %Ln Erwähnung</numerusform>
            <numerusform>%1 — %Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="113"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="115"/>
        <source>Ment.</source>
        <comment>short for mentions</comment>
        <translation>Erw.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="117"/>
        <source>Quot.</source>
        <comment>short for quotations</comment>
        <translation>Zit.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="63"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="64"/>
        <location filename="../app/gui/actors_panel.cpp" line="65"/>
        <source>Filter actors</source>
        <translation>Akteure filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Sort by mentions</source>
        <translation>Nach Erwähnungen sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <source>Sort by quotations</source>
        <translation>Nach Zitaten sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="69"/>
        <source>Sort actors</source>
        <translation>Akteure sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Actors by kind</source>
        <translation>Akteure nach Art</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="34"/>
        <source>&amp;Remove Group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="35"/>
        <source>My Aliases</source>
        <translation>Meine Aliasnamen</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="36"/>
        <source>Each group names one actor in every article: the actors named by names of a group become one, shown under the first name. Accents and case do not matter; a group needs at least two names.</source>
        <translation>Jede Gruppe bezeichnet einen Akteur in jedem Artikel: Die Akteure, die mit Namen einer Gruppe genannt werden, werden zu einem, der unter dem ersten Namen erscheint. Akzente und Groß-/Kleinschreibung spielen keine Rolle; eine Gruppe braucht mindestens zwei Namen.</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="42"/>
        <source>&amp;Add Group</source>
        <translation>Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="51"/>
        <source>Sergueï Lavrov</source>
        <translation>Sergej Lawrow</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="52"/>
        <source>Serguei Lavrov
Лавров</source>
        <translation>Sergei Lavrov
Лавров</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="56"/>
        <source>&amp;Name shown:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="57"/>
        <source>&amp;Other spellings, one per line:</source>
        <translation>&amp;Andere Schreibweisen, eine pro Zeile:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="62"/>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="101"/>
        <source>(new group)</source>
        <translation>(neue Gruppe)</translation>
    </message>
</context>
<context>
    <name>AliasStore</name>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="57"/>
        <source>Your alias list cannot be read: %1</source>
        <translation>Ihre Aliasliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="89"/>
        <source>Your alias list cannot be read, so it was not written over: %1</source>
        <translation>Ihre Aliasliste kann nicht gelesen werden und wurde daher nicht überschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="96"/>
        <location filename="../app/gui/alias_store.cpp" line="117"/>
        <source>Your alias list cannot be saved: %1</source>
        <translation>Ihre Aliasliste kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="15"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="17"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="19"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="21"/>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="23"/>
        <source>the file is not text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="25"/>
        <source>the text encoding could not be decoded</source>
        <translation>die Textkodierung konnte nicht erkannt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="27"/>
        <source>the request is not valid</source>
        <translation>die Anfrage ist ungültig</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="29"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous: %1</source>
        <translation>anonym: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="69"/>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="66"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>Die Korrekturen dieses Artikels sind nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="89"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln Korrektur passt nicht mehr zum Artikel: %1</numerusform>
            <numerusform>%Ln Korrekturen passen nicht mehr zum Artikel: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="119"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>Die Korrekturen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="176"/>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Reassign Speaker</source>
        <translation>Sprecher neu zuordnen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="200"/>
        <source>Not a Quotation</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="229"/>
        <source>Confirm Speaker</source>
        <translation>Sprecher bestätigen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="241"/>
        <source>Rename Actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="252"/>
        <source>Change Actor Kind</source>
        <translation>Art des Akteurs ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="263"/>
        <source>Merge Actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="274"/>
        <source>Remove Mention</source>
        <translation>Erwähnung entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="287"/>
        <source>Split Mention Off</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="308"/>
        <location filename="../app/gui/corrections_controller.cpp" line="322"/>
        <source>Add Mention</source>
        <translation>Erwähnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="336"/>
        <source>Add Quotation</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="370"/>
        <location filename="../app/gui/corrections_controller.cpp" line="409"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="425"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
</context>
<context>
    <name>FileProblemBar</name>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="88"/>
        <source>The corrections file “%1” cannot be read: %2. It is left as it is: the corrections you make are kept in this window, not saved. Save them to another file, or replace the file (the old one is kept as “%3”).</source>
        <translation>Die Korrekturdatei „%1“ kann nicht gelesen werden: %2. Sie bleibt unverändert: Ihre Korrekturen werden in diesem Fenster behalten, aber nicht gespeichert. Speichern Sie sie in einer anderen Datei oder ersetzen Sie die Datei (die alte wird als „%3“ aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="94"/>
        <source>Your corrections cannot be saved to “%1”: %2. They are kept in this window: try again, or save them to another file.</source>
        <translation>Ihre Korrekturen können nicht in „%1“ gespeichert werden: %2. Sie bleiben in diesem Fenster erhalten: versuchen Sie es erneut oder speichern Sie sie in einer anderen Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="107"/>
        <source>Your alias list “%1” cannot be read: %2. It is left as it is: changes to the list are kept in this window, not saved. Mend the file, or replace it (the old one is kept as “%3”).</source>
        <translation>Ihre Aliasliste „%1“ kann nicht gelesen werden: %2. Sie bleibt unverändert: Änderungen an der Liste werden in diesem Fenster behalten, aber nicht gespeichert. Reparieren Sie die Datei oder ersetzen Sie sie (die alte wird als „%3“ aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="113"/>
        <source>Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this window.</source>
        <translation>Ihre Aliasliste kann nicht in „%1“ gespeichert werden: %2. Änderungen daran bleiben in diesem Fenster erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="139"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="204"/>
        <source>Save Corrections As…</source>
        <translation>Korrekturen speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="140"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="177"/>
        <source>Replace the File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="141"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="143"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="142"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="188"/>
        <source>Replace the List</source>
        <translation>Liste ersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="158"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="168"/>
        <source>Save Corrections As</source>
        <translation>Korrekturen speichern unter</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="162"/>
        <source>Corrections (*.whosaid.json);;All files (*)</source>
        <translation>Korrekturen (*.whosaid.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="169"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="178"/>
        <source>The corrections cannot be saved to “%1”: %2.</source>
        <translation>Die Korrekturen können nicht in „%1“ gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="196"/>
        <source>Unsaved corrections</source>
        <translation>Nicht gespeicherte Korrekturen</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="197"/>
        <source>Your corrections are not saved.</source>
        <translation>Ihre Korrekturen sind nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="198"/>
        <source>Your changes to the alias list are not saved.</source>
        <translation>Ihre Änderungen an der Aliasliste sind nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="44"/>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="45"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="47"/>
        <source>Search the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="48"/>
        <source>Previous</source>
        <comment>go to the previous match</comment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="50"/>
        <source>Next</source>
        <comment>go to the next match</comment>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="51"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="52"/>
        <location filename="../app/gui/find_bar.cpp" line="53"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="54"/>
        <source>Match count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="85"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/find_bar.cpp" line="87"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="90"/>
        <source>%L1 of %L2</source>
        <comment>match number of match count</comment>
        <translation>%L1 von %L2</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="9"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Wer in einem Nachrichtenartikel vorkommt, wer was gesagt hat und über welche Quelle.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="28"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;So lesen Sie die Hervorhebungen&lt;/h3&gt;&lt;p&gt;Jeder Akteur des Artikels ist nach seiner Art eingefärbt, und jede Art hat zusätzlich ihre eigene Linie oder Schriftstärke, sodass sich die Hervorhebungen auch ohne Farbe lesen lassen.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Ein &lt;b&gt;Sprecher&lt;/b&gt; ist der Name, dem ein Zitat zugeschrieben wird; eine &lt;b&gt;Quelle&lt;/b&gt; ist die Agentur oder das Medium, über das die Worte verbreitet wurden („zitiert von Interfax“).&lt;/p&gt;&lt;p&gt;Zeigen Sie auf einen Namen oder ein Zitat, um Einzelheiten zu sehen. Klicken Sie auf einen Namen, um den Akteur auszuwählen: Seine Erwähnungen erscheinen im Bereich „Erwähnungen“; F3 und Umschalt+F3 springen zur nächsten und vorherigen Erwähnung, Esc hebt die Auswahl auf. Blenden Sie Arten in der Legende oder im Menü „Ansicht“ ein und aus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="10"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Reported speech</source>
        <translation>Indirekte Rede</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="32"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="53"/>
        <source>solid underline, semi-bold</source>
        <translation>durchgezogene Unterstreichung, halbfett</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>dashed underline</source>
        <translation>gestrichelte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dotted underline</source>
        <translation>gepunktete Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>wavy underline</source>
        <translation>gewellte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>tinted background</source>
        <translation>getönter Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>pale tinted background</source>
        <translation>blass getönter Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>bold with a line above</source>
        <translation>fett mit Überstrich</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>italic with a line above</source>
        <translation>kursiv mit Überstrich</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="40"/>
        <source>System</source>
        <comment>the language of the operating system</comment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="7"/>
        <source>Who said what, citing whom: a reader for news articles</source>
        <translation>Wer hat was gesagt, über welche Quelle: ein Leseprogramm für Nachrichtenartikel</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="11"/>
        <source>The article to open (.txt, .html, .htm, .md).</source>
        <translation>Der zu öffnende Artikel (.txt, .html, .htm, .md).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="14"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;png&gt; speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="117"/>
        <source>Highlight legend</source>
        <translation>Legende der Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="118"/>
        <source>Show:</source>
        <comment>the highlight kinds shown</comment>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Der Artikel wird hervorgehoben… %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>Die Korrekturdatei wurde anderswo geändert: ihre Korrekturen wurden mit Ihren zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="190"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>the bundled sample is missing</source>
        <translation>das mitgelieferte Beispiel fehlt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="303"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln Erwähnung</numerusform>
            <numerusform>%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <location filename="../app/gui/main_window.cpp" line="366"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="364"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — klicken Sie auf einen Namen, um einem Akteur zu folgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="365"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln Akteur</numerusform>
            <numerusform>%Ln Akteure</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="49"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>Open an article</source>
        <translation>Einen Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="53"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Artikel (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>New from &amp;Clipboard</source>
        <translation>Neu aus Zwischen&amp;ablage</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="61"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Bei&amp;spielartikel öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="63"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="65"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Korrekturen speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Als annotiertes &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="75"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="77"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Next &amp;Mention</source>
        <translation>Nächste &amp;Erwähnung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Previous M&amp;ention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="105"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="113"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="114"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="126"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="128"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="134"/>
        <source>&amp;Serif Font</source>
        <translation>&amp;Serifenschrift</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="142"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="143"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="145"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="151"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>So lesen Sie die &amp;Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="154"/>
        <source>How to read the highlights</source>
        <translation>So lesen Sie die Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="160"/>
        <source>&amp;About whosaid</source>
        <translation>&amp;Über whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="163"/>
        <source>About whosaid</source>
        <translation>Über whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="172"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="178"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="180"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="187"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="191"/>
        <source>clipboard.txt</source>
        <translation>Zwischenablage.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="212"/>
        <location filename="../app/gui/main_window_commands.cpp" line="270"/>
        <source>it cannot be written</source>
        <translation>sie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="215"/>
        <location filename="../app/gui/main_window_commands.cpp" line="273"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>Export Annotated HTML</source>
        <translation>Als annotiertes HTML exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="60"/>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Analysis in progress</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="70"/>
        <source>Stop opening this article</source>
        <translation>Das Öffnen dieses Artikels abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="71"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="78"/>
        <source>whosaid</source>
        <translation>whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="78"/>
        <source>%1 — whosaid</source>
        <translation>%1 — whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="34"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="45"/>
        <source>My &amp;Aliases…</source>
        <translation>Meine &amp;Aliasnamen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Re&amp;view Attributions</source>
        <translation>Zuordnungen &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="158"/>
        <source>Rename Actor…</source>
        <translation>Akteur umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="160"/>
        <source>Change Kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="169"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="173"/>
        <source>Add to My Aliases…</source>
        <translation>Zu meinen Aliasnamen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="181"/>
        <source>Remove This Mention</source>
        <translation>Diese Erwähnung entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="183"/>
        <source>Split This Mention Off</source>
        <translation>Diese Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="190"/>
        <source>Reassign Speaker…</source>
        <translation>Sprecher neu zuordnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="192"/>
        <source>Not a Quotation</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="201"/>
        <source>Reassign Speaker</source>
        <translation>Sprecher neu zuordnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="230"/>
        <source>Merge Actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="232"/>
        <source>Merge “%1” into which actor?</source>
        <translation>„%1“ mit welchem Akteur zusammenführen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
        <source>Rename Actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="32"/>
        <source>Add as Mention of…</source>
        <translation>Als Erwähnung hinzufügen von…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="36"/>
        <source>Add as Quotation…</source>
        <translation>Als Zitat hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="42"/>
        <source>Add Source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="44"/>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="57"/>
        <source>A new actor:</source>
        <translation>Ein neuer Akteur:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="59"/>
        <source>Add as Mention</source>
        <translation>Als Erwähnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="60"/>
        <source>“%1” is a mention of:</source>
        <translation>„%1“ ist eine Erwähnung von:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="78"/>
        <source>Add as Quotation</source>
        <translation>Als Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="108"/>
        <source>A medium the analysis missed, named:</source>
        <translation>Ein von der Analyse übersehenes Medium namens:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="110"/>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="127"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="111"/>
        <source>Through which medium did these words come?</source>
        <translation>Über welches Medium kamen diese Worte?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="128"/>
        <source>“%1” is not in the article, apart from names already found: a source must be named in the text.</source>
        <translation>„%1“ kommt im Artikel nicht vor, außer in bereits gefundenen Namen: Eine Quelle muss im Text genannt sein.</translation>
    </message>
</context>
<context>
    <name>MentionsModel</name>
    <message>
        <location filename="../app/gui/mentions_model.cpp" line="56"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_model.cpp" line="58"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="52"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="53"/>
        <source>Mentions of the selected actor</source>
        <translation>Erwähnungen des ausgewählten Akteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mentions_panel.cpp" line="60"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Erwähnung</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="63"/>
        <source>Click a name in the article to list its mentions.</source>
        <translation>Klicken Sie im Artikel auf einen Namen, um seine Erwähnungen aufzulisten.</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="67"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="69"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="71"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="73"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="75"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="77"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="86"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="88"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="90"/>
        <source>reported</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="96"/>
        <source>Speaker checked by a person</source>
        <translation>Sprecher von einer Person geprüft</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="54"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="55"/>
        <source>Filter by speaker</source>
        <translation>Nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="56"/>
        <source>Filter quotations by speaker</source>
        <translation>Zitate nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="57"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="58"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Die Zuordnungen einzeln prüfen, die unsichersten zuerst</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="59"/>
        <source>Quotations of the article</source>
        <translation>Zitate des Artikels</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="43"/>
        <location filename="../app/gui/reading_view.cpp" line="165"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="117"/>
        <source>%1 of %2 checked</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="200"/>
        <source>Quotation %1 of %2 — said by %3</source>
        <translation>Zitat %1 von %2 — gesagt von %3</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="205"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="207"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="263"/>
        <source>Review attributions</source>
        <translation>Zuordnungen prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="264"/>
        <source>✓ Confirm (Enter)</source>
        <translation>✓ Bestätigen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="265"/>
        <source>The speaker is right: mark the attribution as verified</source>
        <translation>Der Sprecher stimmt: die Zuordnung als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="266"/>
        <source>Reassign… (R)</source>
        <translation>Neu zuordnen… (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="267"/>
        <source>Not a Quotation (N)</source>
        <translation>Kein Zitat (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="268"/>
        <source>Add Source… (S)</source>
        <translation>Quelle hinzufügen… (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="270"/>
        <source>Previous quotation (←)</source>
        <translation>Vorheriges Zitat (←)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="272"/>
        <source>Next quotation (→)</source>
        <translation>Nächstes Zitat (→)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="273"/>
        <source>Done (Esc)</source>
        <translation>Fertig (Esc)</translation>
    </message>
</context>
<context>
    <name>SelectedText</name>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="30"/>
        <source>Select a name in the text first.</source>
        <translation>Markieren Sie zuerst einen Namen im Text.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="32"/>
        <source>The selection is too long for a name.</source>
        <translation>Die Auswahl ist für einen Namen zu lang.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="37"/>
        <source>The selection overlaps a mention of “%1”.</source>
        <translation>Die Auswahl überschneidet sich mit einer Erwähnung von „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="42"/>
        <source>Select the quoted words first.</source>
        <translation>Markieren Sie zuerst die zitierten Worte.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="45"/>
        <source>The selection overlaps a quotation already found: right-click it to reassign its speaker.</source>
        <translation>Die Auswahl überschneidet sich mit einem bereits gefundenen Zitat: Klicken Sie es mit der rechten Maustaste an, um den Sprecher neu zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="109"/>
        <source>The selection spans several paragraphs.</source>
        <translation>Die Auswahl erstreckt sich über mehrere Absätze.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="45"/>
        <source>unknown medium</source>
        <translation>unbekanntes Medium</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="48"/>
        <source>no source cited</source>
        <translation>keine Quelle genannt</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="52"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="53"/>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By speaker</source>
        <translation>Nach Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Source or speaker</source>
        <translation>Quelle oder Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="33"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="34"/>
        <source>Quotations per source and per speaker</source>
        <translation>Zitate nach Quelle und nach Sprecher</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="28"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln Erwähnung</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="31"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="41"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3&lt;br/&gt;Rule: %4</source>
        <translation>&lt;b&gt;Zitat&lt;/b&gt; (%5)&lt;br/&gt;Sprecher: %1&lt;br/&gt;Redeverb: %2&lt;br/&gt;Quellen: %3&lt;br/&gt;Regel: %4</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="32"/>
        <source>An actor of the article:</source>
        <translation>Ein Akteur des Artikels:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="33"/>
        <source>An anonymous speaker, described as:</source>
        <translation>Ein anonymer Sprecher, beschrieben als:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="34"/>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="42"/>
        <source>Direct quotation (the words between quotation marks)</source>
        <translation>Direktes Zitat (die Worte in Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="44"/>
        <source>Partial quotation (a few quoted words in a sentence)</source>
        <translation>Teilzitat (einige zitierte Worte in einem Satz)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="46"/>
        <source>Indirect quotation (reported speech, no marks)</source>
        <translation>Indirektes Zitat (indirekte Rede, ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="48"/>
        <source>e.g. a senior Syrian official</source>
        <translation>z. B. ein hochrangiger syrischer Beamter</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="50"/>
        <source>Who said this?</source>
        <translation>Wer hat das gesagt?</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="66"/>
        <source>Words:</source>
        <translation>Worte:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
</context>
</TS>
