<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="33"/>
        <source>Search the actors…</source>
        <translation>Akteure durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="37"/>
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
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Filter actors</source>
        <translation>Akteure filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>No actors yet: open an article (File › Open), or select a name in the text and right-click to add it.</source>
        <translation>Noch keine Akteure: Öffnen Sie einen Artikel (Datei › Öffnen) oder markieren Sie einen Namen im Text und fügen Sie ihn per Rechtsklick hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="71"/>
        <source>Sort by mentions</source>
        <translation>Nach Erwähnungen sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="72"/>
        <source>Sort by quotations</source>
        <translation>Nach Zitaten sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="73"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="74"/>
        <source>Sort actors</source>
        <translation>Akteure sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="75"/>
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
        <location filename="../app/gui/analysis_runner.cpp" line="16"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="18"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="20"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="22"/>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="24"/>
        <source>the file is not text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="26"/>
        <source>the text encoding could not be decoded</source>
        <translation>die Textkodierung konnte nicht erkannt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="28"/>
        <source>the request is not valid</source>
        <translation>die Anfrage ist ungültig</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="30"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous: %1</source>
        <translation>anonym: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="95"/>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="117"/>
        <source>%1 · p. %2</source>
        <extracomment>The paragraph column of the Quotations and Mentions panels for a PDF: the paragraph&apos;s number, then the page of the PDF it starts on.</extracomment>
        <translation>%1 · S. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="124"/>
        <source>Paragraph %1, which starts on page %2 of the PDF</source>
        <translation>Absatz %1, beginnt auf Seite %2 des PDF</translation>
    </message>
</context>
<context>
    <name>AttributionExplainer</name>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="17"/>
        <source>speech verb inside the quotation</source>
        <translation>Sprechverb innerhalb des Zitats</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="18"/>
        <source>named after “according to”</source>
        <translation>genannt nach „laut“</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="20"/>
        <source>speech verb after the quotation</source>
        <translation>Sprechverb nach dem Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="22"/>
        <source>named in an apposition after the speech verb</source>
        <translation>in einer Apposition nach dem Sprechverb genannt</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="24"/>
        <source>named after the quotation, before its speech verb</source>
        <translation>nach dem Zitat genannt, vor dem Sprechverb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="27"/>
        <source>named before the quotation, with a speech verb</source>
        <translation>vor dem Zitat genannt, mit einem Sprechverb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="29"/>
        <source>the quoted words are part of the speaker’s sentence</source>
        <translation>die zitierten Worte gehören zum Satz des Sprechers</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="32"/>
        <source>named later in the sentence</source>
        <translation>später im Satz genannt</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="34"/>
        <source>subject of the sentence that holds the quotation, no speech verb</source>
        <translation>Subjekt des Satzes, der das Zitat enthält, ohne Sprechverb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="37"/>
        <source>cited by the medium the quotation came through</source>
        <translation>vom Medium zitiert, über das das Zitat kam</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="39"/>
        <source>named in the paragraph before, with a colon</source>
        <translation>im Absatz davor genannt, mit Doppelpunkt</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="40"/>
        <source>speaker of the sentence before</source>
        <translation>Sprecher des Satzes davor</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="42"/>
        <source>the medium named as the source, nobody else speaks</source>
        <translation>das als Quelle genannte Medium, sonst spricht niemand</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="45"/>
        <source>agent of a passive speech verb (“by …”)</source>
        <translation>Urheber eines Redeverbs im Passiv („von …“)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="47"/>
        <source>named with a colon before the quotation</source>
        <translation>vor dem Zitat mit Doppelpunkt genannt</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="48"/>
        <source>same speaker as the other quotation of the sentence</source>
        <translation>derselbe Sprecher wie beim anderen Zitat des Satzes</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="51"/>
        <source>same speaker as the start of the quotation, over several paragraphs</source>
        <translation>derselbe Sprecher wie am Anfang des Zitats, über mehrere Absätze</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="54"/>
        <source>same speaker as the previous quotation</source>
        <translation>derselbe Sprecher wie beim vorigen Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="56"/>
        <source>reported speech after a speech verb and “que”</source>
        <translation>indirekte Rede nach einem Sprechverb und „que“</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="58"/>
        <source>reported speech after a speech verb and “that”</source>
        <translation>indirekte Rede nach einem Sprechverb und „that“</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="60"/>
        <source>reported speech after a speech verb</source>
        <translation>indirekte Rede nach einem Sprechverb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="62"/>
        <source>reported speech after “selon”</source>
        <translation>indirekte Rede nach „selon“</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="64"/>
        <source>reported speech after “according to”</source>
        <translation>indirekte Rede nach „according to“</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="66"/>
        <source>reported speech, speech verb after it</source>
        <translation>indirekte Rede, Sprechverb danach</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="67"/>
        <source>set by a person (correction)</source>
        <translation>von einer Person festgelegt (Korrektur)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="82"/>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="84"/>
        <source>unsure — check</source>
        <translation>unsicher — prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="86"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="88"/>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="111"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="132"/>
        <source>no speaker found</source>
        <translation>kein Sprecher gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="118"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="141"/>
        <source>%1: %2</source>
        <comment>an explanation and its cue words</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/attribution_explainer.cpp" line="125"/>
        <source>%1; %Ln speakers together</source>
        <comment>an explanation, then how many actors speak</comment>
        <translation>
            <numerusform>%1; %Ln Sprecher gemeinsam</numerusform>
            <numerusform>%1; %Ln Sprecher gemeinsam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="67"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>Die Korrekturen dieses Artikels sind nicht lesbar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="90"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln Korrektur passt nicht mehr zum Artikel: %1</numerusform>
            <numerusform>%Ln Korrekturen passen nicht mehr zum Artikel: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="120"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>Die Korrekturen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="165"/>
        <location filename="../app/gui/corrections_controller.cpp" line="169"/>
        <source>Reassign Speaker</source>
        <translation>Sprecher neu zuordnen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="173"/>
        <source>Not a Quotation</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="177"/>
        <source>Confirm Speaker</source>
        <translation>Sprecher bestätigen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="181"/>
        <source>Rename Actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="185"/>
        <source>Change Actor Kind</source>
        <translation>Art des Akteurs ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Merge Actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="193"/>
        <source>Remove Mention</source>
        <translation>Erwähnung entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="197"/>
        <source>Split Mention Off</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="201"/>
        <location filename="../app/gui/corrections_controller.cpp" line="206"/>
        <source>Add Mention</source>
        <translation>Erwähnung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="210"/>
        <location filename="../app/gui/corrections_controller.cpp" line="215"/>
        <source>Add Quotation</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="219"/>
        <location filename="../app/gui/corrections_controller.cpp" line="227"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="231"/>
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
        <location filename="../app/gui/help_texts.cpp" line="11"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Wer in einem Nachrichtenartikel vorkommt, wer was gesagt hat und über welche Quelle.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="30"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;So lesen Sie die Hervorhebungen&lt;/h3&gt;&lt;p&gt;Jeder Akteur des Artikels ist nach seiner Art eingefärbt, und jede Art hat zusätzlich ihre eigene Linie oder Schriftstärke, sodass sich die Hervorhebungen auch ohne Farbe lesen lassen.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Ein &lt;b&gt;Sprecher&lt;/b&gt; ist der Name, dem ein Zitat zugeschrieben wird; eine &lt;b&gt;Quelle&lt;/b&gt; ist die Agentur oder das Medium, über das die Worte verbreitet wurden („zitiert von Interfax“).&lt;/p&gt;&lt;p&gt;Zeigen Sie auf einen Namen oder ein Zitat, um Einzelheiten zu sehen. Klicken Sie auf einen Namen, um den Akteur auszuwählen: Seine Erwähnungen erscheinen im Bereich „Erwähnungen“; F3 und Umschalt+F3 springen zur nächsten und vorherigen Erwähnung, Esc hebt die Auswahl auf. Blenden Sie Arten in der Legende oder im Menü „Ansicht“ ein und aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="52"/>
        <source>&lt;h3&gt;How sure an attribution is&lt;/h3&gt;&lt;p&gt;Beside each quotation, in the margin, a mark tells how sure its speaker is (the Quotations panel has it too, and sorts by it):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Point at a quotation, or at its row in the Quotations panel, to read why it was attributed; selecting it outlines the words that named its speaker.&lt;/p&gt;&lt;h3&gt;Correcting&lt;/h3&gt;&lt;p&gt;The analysis can be wrong. &lt;b&gt;Right-click&lt;/b&gt; a quotation to give it another speaker, add or remove a source, or say it is not a quotation; right-click a name to rename the actor, change its kind, merge it with another or remove the mention; select words and right-click to add a mention or a quotation. Corrections are saved beside the article and undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wie sicher eine Zuordnung ist&lt;/h3&gt;&lt;p&gt;Neben jedem Zitat zeigt ein Zeichen am Rand, wie sicher sein Sprecher ist (auch das Zitate-Fenster zeigt es und sortiert danach):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Zeigen Sie auf ein Zitat oder seine Zeile im Zitate-Fenster, um zu lesen, warum es zugeordnet wurde; wird es ausgewählt, sind die Worte umrandet, die seinen Sprecher nannten.&lt;/p&gt;&lt;h3&gt;Korrigieren&lt;/h3&gt;&lt;p&gt;Die Analyse kann sich irren. Mit einem &lt;b&gt;Rechtsklick&lt;/b&gt; auf ein Zitat geben Sie ihm einen anderen Sprecher, fügen eine Quelle hinzu oder entfernen sie, oder erklären, dass es kein Zitat ist; ein Rechtsklick auf einen Namen benennt den Akteur um, ändert seine Art, führt ihn mit einem anderen zusammen oder entfernt die Erwähnung; markieren Sie Wörter und klicken Sie mit der rechten Maustaste, um eine Erwähnung oder ein Zitat hinzuzufügen. Korrekturen werden neben dem Artikel gespeichert und mit Strg+Z rückgängig gemacht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Reported speech</source>
        <translation>Indirekte Rede</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="26"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="40"/>
        <source>media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>solid underline, semi-bold</source>
        <translation>durchgezogene Unterstreichung, halbfett</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dashed underline</source>
        <translation>gestrichelte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>dotted underline</source>
        <translation>gepunktete Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>wavy underline</source>
        <translation>gewellte Unterstreichung</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>tinted background</source>
        <translation>getönter Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>pale tinted background</source>
        <translation>blass getönter Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>bold with a line above</source>
        <translation>fett mit Überstrich</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="69"/>
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
        <source>The article to open: a file (.txt, .html, .md, .pdf, .docx, .odt, .eml) or a web address (http, https).</source>
        <translation>Der zu öffnende Artikel: eine Datei (.txt, .html, .md, .pdf, .docx, .odt, .eml) oder eine Webadresse (http, https).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="15"/>
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
    <name>LoadWarningBar</name>
    <message numerus="yes">
        <location filename="../app/gui/load_warning_bar.cpp" line="60"/>
        <source>“%1” is not entirely valid UTF-8: %n byte(s) could not be read (the first at byte %2) and show as �. The rest of the text is as written.</source>
        <translation>
            <numerusform>„%1“ ist nicht durchgehend gültiges UTF-8: %n Byte konnte nicht gelesen werden (bei Byte %2) und erscheint als �. Der übrige Text ist wie geschrieben.</numerusform>
            <numerusform>„%1“ ist nicht durchgehend gültiges UTF-8: %n Bytes konnten nicht gelesen werden (das erste bei Byte %2) und erscheinen als �. Der übrige Text ist wie geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/load_warning_bar.cpp" line="69"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Der Artikel wird hervorgehoben… %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>Die Korrekturdatei wurde anderswo geändert: ihre Korrekturen wurden mit Ihren zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="182"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>the bundled sample is missing</source>
        <translation>das mitgelieferte Beispiel fehlt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="55"/>
        <source>Open an article</source>
        <translation>Einen Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="56"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Artikel (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Open &amp;Address…</source>
        <translation>&amp;Adresse öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="62"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>New from &amp;Clipboard</source>
        <translation>Neu aus Zwischen&amp;ablage</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="66"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Bei&amp;spielartikel öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="70"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Korrekturen speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Als annotiertes &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="97"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="104"/>
        <source>Next &amp;Mention</source>
        <translation>Nächste &amp;Erwähnung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="106"/>
        <source>Previous M&amp;ention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="110"/>
        <source>C&amp;lear Selection</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="119"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="131"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="133"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="139"/>
        <source>&amp;Serif Font</source>
        <translation>&amp;Serifenschrift</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="147"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="148"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="156"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>So lesen Sie die &amp;Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="159"/>
        <source>How to read the highlights</source>
        <translation>So lesen Sie die Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="165"/>
        <source>&amp;About whosaid</source>
        <translation>&amp;Über whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="168"/>
        <source>About whosaid</source>
        <translation>Über whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="177"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="183"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="185"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="192"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="196"/>
        <source>clipboard.txt</source>
        <translation>Zwischenablage.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Open Address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Web address of the article:</source>
        <translation>Webadresse des Artikels:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="216"/>
        <source>it is not a web address (http or https)</source>
        <translation>das ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="232"/>
        <location filename="../app/gui/main_window_commands.cpp" line="290"/>
        <source>it cannot be written</source>
        <translation>sie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <location filename="../app/gui/main_window_commands.cpp" line="293"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>Export Annotated HTML</source>
        <translation>Als annotiertes HTML exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="59"/>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="75"/>
        <source>whosaid</source>
        <translation>whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="75"/>
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
        <location filename="../app/gui/main_window_corrections.cpp" line="174"/>
        <source>Rename Actor…</source>
        <translation>Akteur umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="176"/>
        <source>Change Kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="185"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="189"/>
        <source>Add to My Aliases…</source>
        <translation>Zu meinen Aliasnamen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="197"/>
        <source>Remove This Mention</source>
        <translation>Diese Erwähnung entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="199"/>
        <source>Split This Mention Off</source>
        <translation>Diese Erwähnung abtrennen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="206"/>
        <source>Reassign Speaker…</source>
        <translation>Sprecher neu zuordnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="208"/>
        <source>Not a Quotation</source>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="217"/>
        <source>Reassign Speaker</source>
        <translation>Sprecher neu zuordnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="246"/>
        <source>Merge Actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="248"/>
        <source>Merge “%1” into which actor?</source>
        <translation>„%1“ mit welchem Akteur zusammenführen?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>Rename Actor</source>
        <translation>Akteur umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
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
        <location filename="../app/gui/mentions_model.cpp" line="61"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_model.cpp" line="63"/>
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
    <name>OpeningProgress</name>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="32"/>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="45"/>
        <source>Fetching %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="69"/>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="73"/>
        <source>Analysis in progress</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="75"/>
        <source>Stop opening this article</source>
        <translation>Das Öffnen dieses Artikels abbrechen</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <location filename="../app/gui/page_fetcher.cpp" line="139"/>
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Server hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Server hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="142"/>
        <source>the page is larger than %1</source>
        <translation>die Seite ist größer als %1</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="149"/>
        <source>the address redirects too many times</source>
        <translation>die Adresse leitet zu oft weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="151"/>
        <source>the secure address redirects to an insecure one</source>
        <translation>die sichere Adresse leitet auf eine unsichere weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="153"/>
        <source>the server answered %1 (%2)</source>
        <translation>der Server antwortete %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="156"/>
        <source>the page cannot be fetched: %1</source>
        <translation>die Seite kann nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="113"/>
        <source>(confidence %1)</source>
        <translation>(Konfidenz %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="134"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="136"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="138"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="140"/>
        <source>Certainty</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="142"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="144"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="146"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="155"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="157"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="159"/>
        <source>reported</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="165"/>
        <source>Speaker checked by a person</source>
        <translation>Sprecher von einer Person geprüft</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="78"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="79"/>
        <source>Filter by speaker</source>
        <translation>Nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="80"/>
        <source>Filter quotations by speaker</source>
        <translation>Zitate nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="81"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="82"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Die Zuordnungen einzeln prüfen, die unsichersten zuerst</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="83"/>
        <source>Quotations of the article</source>
        <translation>Zitate des Artikels</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="84"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="85"/>
        <source>List the quotations of every speaker</source>
        <translation>Die Zitate aller Sprecher auflisten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="147"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="150"/>
        <source>Quotations of %1: %2, %3</source>
        <translation>Zitate von %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="151"/>
        <source>%Ln to check</source>
        <translation>
            <numerusform>%Ln zu prüfen</numerusform>
            <numerusform>%Ln zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="152"/>
        <source>Quotations of %1: %2</source>
        <translation>Zitate von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="157"/>
        <source>Open an article (File › Open) to list its quotations.</source>
        <translation>Öffnen Sie einen Artikel (Datei › Öffnen), um seine Zitate aufzulisten.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="159"/>
        <source>No quotation was found in this article. To add one, select its words in the text and right-click.</source>
        <translation>In diesem Artikel wurde kein Zitat gefunden. Um eines hinzuzufügen, markieren Sie seine Worte im Text und klicken Sie mit der rechten Maustaste.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="162"/>
        <source>%1 is not quoted. Select its words in the text and right-click to add a quotation.</source>
        <translation>%1 wird nicht zitiert. Markieren Sie die Worte im Text und klicken Sie mit der rechten Maustaste, um ein Zitat hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="166"/>
        <source>No speaker matches the filter.</source>
        <translation>Kein Sprecher passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="44"/>
        <location filename="../app/gui/reading_view.cpp" line="177"/>
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
        <location filename="../app/gui/sources_panel.cpp" line="36"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="37"/>
        <source>Quotations per source and per speaker</source>
        <translation>Zitate nach Quelle und nach Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="38"/>
        <source>No sources yet: open an article (File › Open). Quotations are counted here by the medium they came through and by speaker.</source>
        <translation>Noch keine Quellen: Öffnen Sie einen Artikel (Datei › Öffnen). Die Zitate werden hier nach dem Medium, das sie überliefert, und nach Sprecher gezählt.</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln Erwähnung</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="33"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="40"/>
        <source>none</source>
        <comment>no speech cue</comment>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="44"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Certainty: %6&lt;br/&gt;Why: %4&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3</source>
        <translation>&lt;b&gt;Zitat&lt;/b&gt; (%5)&lt;br/&gt;Sprecher: %1&lt;br/&gt;Sicherheit: %6&lt;br/&gt;Warum: %4&lt;br/&gt;Redeeinleitung: %2&lt;br/&gt;Quellen: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="47"/>
        <source>none</source>
        <comment>no sources</comment>
        <translation>keine</translation>
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
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="17"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="20"/>
        <location filename="../app/gui/status_summary.cpp" line="26"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln Zitat</numerusform>
            <numerusform>%Ln Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="21"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="23"/>
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln Erwähnung</numerusform>
            <numerusform>%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="24"/>
        <location filename="../app/gui/status_summary.cpp" line="29"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="24"/>
        <location filename="../app/gui/status_summary.cpp" line="29"/>
        <source>%Ln to check</source>
        <translation>
            <numerusform>%Ln zu prüfen</numerusform>
            <numerusform>%Ln zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="27"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — klicken Sie auf einen Namen, um einem Akteur zu folgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="28"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln Akteur</numerusform>
            <numerusform>%Ln Akteure</numerusform>
        </translation>
    </message>
</context>
</TS>
