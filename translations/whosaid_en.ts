<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="33"/>
        <source>Search the actors…</source>
        <translation>Search the actors…</translation>
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
        <translation>An actor of the article:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="34"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
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
            <numerusform>%1 — %Ln mention</numerusform>
            <numerusform>%1 — %Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="113"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="115"/>
        <source>Ment.</source>
        <comment>short for mentions</comment>
        <translation>Ment.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="117"/>
        <source>Quot.</source>
        <comment>short for quotations</comment>
        <translation>Quot.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Filter actors</source>
        <translation>Filter actors</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>No actors yet: open an article (File › Open), or select a name in the text and right-click to add it.</source>
        <translation>No actors yet: open an article (File › Open), or select a name in the text and right-click to add it.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="71"/>
        <source>Sort by mentions</source>
        <translation>Sort by mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="72"/>
        <source>Sort by quotations</source>
        <translation>Sort by quotations</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="73"/>
        <source>Sort by name</source>
        <translation>Sort by name</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="74"/>
        <source>Sort actors</source>
        <translation>Sort actors</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="75"/>
        <source>Actors by kind</source>
        <translation>Actors by kind</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="34"/>
        <source>&amp;Remove Group</source>
        <translation>&amp;Remove Group</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="35"/>
        <source>My Aliases</source>
        <translation>My Aliases</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="36"/>
        <source>Each group names one actor in every article: the actors named by names of a group become one, shown under the first name. Accents and case do not matter; a group needs at least two names.</source>
        <translation>Each group names one actor in every article: the actors named by names of a group become one, shown under the first name. Accents and case do not matter; a group needs at least two names.</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="42"/>
        <source>&amp;Add Group</source>
        <translation>&amp;Add Group</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="51"/>
        <source>Sergueï Lavrov</source>
        <translation>Sergueï Lavrov</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="52"/>
        <source>Serguei Lavrov
Лавров</source>
        <translation>Serguei Lavrov
Лавров</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="56"/>
        <source>&amp;Name shown:</source>
        <translation>&amp;Name shown:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="57"/>
        <source>&amp;Other spellings, one per line:</source>
        <translation>&amp;Other spellings, one per line:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="62"/>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="101"/>
        <source>(new group)</source>
        <translation>(new group)</translation>
    </message>
</context>
<context>
    <name>AliasStore</name>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="57"/>
        <source>Your alias list cannot be read: %1</source>
        <translation>Your alias list cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="89"/>
        <source>Your alias list cannot be read, so it was not written over: %1</source>
        <translation>Your alias list cannot be read, so it was not written over: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="96"/>
        <location filename="../app/gui/alias_store.cpp" line="117"/>
        <source>Your alias list cannot be saved: %1</source>
        <translation>Your alias list cannot be saved: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="16"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="18"/>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="20"/>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="22"/>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="24"/>
        <source>the file is not text</source>
        <translation>the file is not text</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="26"/>
        <source>the text encoding could not be decoded</source>
        <translation>the text encoding could not be decoded</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="28"/>
        <source>the request is not valid</source>
        <translation>the request is not valid</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="30"/>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous: %1</source>
        <translation>anonymous: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="95"/>
        <source>unattributed</source>
        <translation>unattributed</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="117"/>
        <source>%1 · p. %2</source>
        <extracomment>The paragraph column of the Quotations and Mentions panels for a PDF: the paragraph&apos;s number, then the page of the PDF it starts on.</extracomment>
        <translation>%1 · p. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="124"/>
        <source>Paragraph %1, which starts on page %2 of the PDF</source>
        <translation>Paragraph %1, which starts on page %2 of the PDF</translation>
    </message>
</context>
<context>
    <name>AttributionExplainer</name>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="17"/>
        <source>speech verb inside the quotation</source>
        <translation>speech verb inside the quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="18"/>
        <source>named after “according to”</source>
        <translation>named after “according to”</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="20"/>
        <source>speech verb after the quotation</source>
        <translation>speech verb after the quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="22"/>
        <source>named in an apposition after the speech verb</source>
        <translation>named in an apposition after the speech verb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="24"/>
        <source>named after the quotation, before its speech verb</source>
        <translation>named after the quotation, before its speech verb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="27"/>
        <source>named before the quotation, with a speech verb</source>
        <translation>named before the quotation, with a speech verb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="29"/>
        <source>the quoted words are part of the speaker’s sentence</source>
        <translation>the quoted words are part of the speaker’s sentence</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="32"/>
        <source>named later in the sentence</source>
        <translation>named later in the sentence</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="34"/>
        <source>subject of the sentence that holds the quotation, no speech verb</source>
        <translation>subject of the sentence that holds the quotation, no speech verb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="37"/>
        <source>cited by the medium the quotation came through</source>
        <translation>cited by the medium the quotation came through</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="39"/>
        <source>named in the paragraph before, with a colon</source>
        <translation>named in the paragraph before, with a colon</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="40"/>
        <source>speaker of the sentence before</source>
        <translation>speaker of the sentence before</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="42"/>
        <source>the medium named as the source, nobody else speaks</source>
        <translation>the medium named as the source, nobody else speaks</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="45"/>
        <source>agent of a passive speech verb (“by …”)</source>
        <translation>agent of a passive speech verb (“by …”)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="47"/>
        <source>named with a colon before the quotation</source>
        <translation>named with a colon before the quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="48"/>
        <source>same speaker as the other quotation of the sentence</source>
        <translation>same speaker as the other quotation of the sentence</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="51"/>
        <source>same speaker as the start of the quotation, over several paragraphs</source>
        <translation>same speaker as the start of the quotation, over several paragraphs</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="54"/>
        <source>same speaker as the previous quotation</source>
        <translation>same speaker as the previous quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="56"/>
        <source>reported speech after a speech verb and “que”</source>
        <translation>reported speech after a speech verb and “que”</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="58"/>
        <source>reported speech after a speech verb and “that”</source>
        <translation>reported speech after a speech verb and “that”</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="60"/>
        <source>reported speech after a speech verb</source>
        <translation>reported speech after a speech verb</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="62"/>
        <source>reported speech after “selon”</source>
        <translation>reported speech after “selon”</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="64"/>
        <source>reported speech after “according to”</source>
        <translation>reported speech after “according to”</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="66"/>
        <source>reported speech, speech verb after it</source>
        <translation>reported speech, speech verb after it</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="67"/>
        <source>set by a person (correction)</source>
        <translation>set by a person (correction)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="82"/>
        <source>unattributed</source>
        <translation>unattributed</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="84"/>
        <source>unsure — check</source>
        <translation>unsure — check</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="86"/>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="88"/>
        <source>sure</source>
        <translation>sure</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="111"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="132"/>
        <source>no speaker found</source>
        <translation>no speaker found</translation>
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
            <numerusform>%1; %Ln speaker together</numerusform>
            <numerusform>%1; %Ln speakers together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="67"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>The corrections of this article cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="90"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln correction no longer matches the article: %1</numerusform>
            <numerusform>%Ln corrections no longer match the article: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="120"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>The corrections cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="165"/>
        <location filename="../app/gui/corrections_controller.cpp" line="169"/>
        <source>Reassign Speaker</source>
        <translation>Reassign Speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="173"/>
        <source>Not a Quotation</source>
        <translation>Not a Quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="177"/>
        <source>Confirm Speaker</source>
        <translation>Confirm Speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="181"/>
        <source>Rename Actor</source>
        <translation>Rename Actor</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="185"/>
        <source>Change Actor Kind</source>
        <translation>Change Actor Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Merge Actors</source>
        <translation>Merge Actors</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="193"/>
        <source>Remove Mention</source>
        <translation>Remove Mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="197"/>
        <source>Split Mention Off</source>
        <translation>Split Mention Off</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="201"/>
        <location filename="../app/gui/corrections_controller.cpp" line="206"/>
        <source>Add Mention</source>
        <translation>Add Mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="210"/>
        <location filename="../app/gui/corrections_controller.cpp" line="215"/>
        <source>Add Quotation</source>
        <translation>Add Quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="219"/>
        <location filename="../app/gui/corrections_controller.cpp" line="227"/>
        <source>Add Source</source>
        <translation>Add Source</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="231"/>
        <source>Remove Source</source>
        <translation>Remove Source</translation>
    </message>
</context>
<context>
    <name>FileProblemBar</name>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="88"/>
        <source>The corrections file “%1” cannot be read: %2. It is left as it is: the corrections you make are kept in this window, not saved. Save them to another file, or replace the file (the old one is kept as “%3”).</source>
        <translation>The corrections file “%1” cannot be read: %2. It is left as it is: the corrections you make are kept in this window, not saved. Save them to another file, or replace the file (the old one is kept as “%3”).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="94"/>
        <source>Your corrections cannot be saved to “%1”: %2. They are kept in this window: try again, or save them to another file.</source>
        <translation>Your corrections cannot be saved to “%1”: %2. They are kept in this window: try again, or save them to another file.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="107"/>
        <source>Your alias list “%1” cannot be read: %2. It is left as it is: changes to the list are kept in this window, not saved. Mend the file, or replace it (the old one is kept as “%3”).</source>
        <translation>Your alias list “%1” cannot be read: %2. It is left as it is: changes to the list are kept in this window, not saved. Mend the file, or replace it (the old one is kept as “%3”).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="113"/>
        <source>Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this window.</source>
        <translation>Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this window.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="139"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="204"/>
        <source>Save Corrections As…</source>
        <translation>Save Corrections As…</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="140"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="177"/>
        <source>Replace the File</source>
        <translation>Replace the File</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="141"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="143"/>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="142"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="188"/>
        <source>Replace the List</source>
        <translation>Replace the List</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="158"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="168"/>
        <source>Save Corrections As</source>
        <translation>Save Corrections As</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="162"/>
        <source>Corrections (*.whosaid.json);;All files (*)</source>
        <translation>Corrections (*.whosaid.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="169"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="178"/>
        <source>The corrections cannot be saved to “%1”: %2.</source>
        <translation>The corrections cannot be saved to “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="196"/>
        <source>Unsaved corrections</source>
        <translation>Unsaved corrections</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="197"/>
        <source>Your corrections are not saved.</source>
        <translation>Your corrections are not saved.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="198"/>
        <source>Your changes to the alias list are not saved.</source>
        <translation>Your changes to the alias list are not saved.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="44"/>
        <source>Find bar</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="45"/>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="47"/>
        <source>Search the article</source>
        <translation>Search the article</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="48"/>
        <source>Previous</source>
        <comment>go to the previous match</comment>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="50"/>
        <source>Next</source>
        <comment>go to the next match</comment>
        <translation>Next</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/find_bar.cpp" line="87"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="90"/>
        <source>%L1 of %L2</source>
        <comment>match number of match count</comment>
        <translation>%L1 of %L2</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="51"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="52"/>
        <location filename="../app/gui/find_bar.cpp" line="53"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="54"/>
        <source>Match count</source>
        <translation>Match count</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="85"/>
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="11"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="30"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="52"/>
        <source>&lt;h3&gt;How sure an attribution is&lt;/h3&gt;&lt;p&gt;Beside each quotation, in the margin, a mark tells how sure its speaker is (the Quotations panel has it too, and sorts by it):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Point at a quotation, or at its row in the Quotations panel, to read why it was attributed; selecting it outlines the words that named its speaker.&lt;/p&gt;&lt;h3&gt;Correcting&lt;/h3&gt;&lt;p&gt;The analysis can be wrong. &lt;b&gt;Right-click&lt;/b&gt; a quotation to give it another speaker, add or remove a source, or say it is not a quotation; right-click a name to rename the actor, change its kind, merge it with another or remove the mention; select words and right-click to add a mention or a quotation. Corrections are saved beside the article and undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;How sure an attribution is&lt;/h3&gt;&lt;p&gt;Beside each quotation, in the margin, a mark tells how sure its speaker is (the Quotations panel has it too, and sorts by it):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Point at a quotation, or at its row in the Quotations panel, to read why it was attributed; selecting it outlines the words that named its speaker.&lt;/p&gt;&lt;h3&gt;Correcting&lt;/h3&gt;&lt;p&gt;The analysis can be wrong. &lt;b&gt;Right-click&lt;/b&gt; a quotation to give it another speaker, add or remove a source, or say it is not a quotation; right-click a name to rename the actor, change its kind, merge it with another or remove the mention; select words and right-click to add a mention or a quotation. Corrections are saved beside the article and undone with Ctrl+Z.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Reported speech</source>
        <translation>Reported speech</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="26"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="40"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>solid underline, semi-bold</source>
        <translation>solid underline, semi-bold</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dashed underline</source>
        <translation>dashed underline</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>dotted underline</source>
        <translation>dotted underline</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>wavy underline</source>
        <translation>wavy underline</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>tinted background</source>
        <translation>tinted background</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>pale tinted background</source>
        <translation>pale tinted background</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>bold with a line above</source>
        <translation>bold with a line above</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="69"/>
        <source>italic with a line above</source>
        <translation>italic with a line above</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="40"/>
        <source>System</source>
        <comment>the language of the operating system</comment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="7"/>
        <source>Who said what, citing whom: a reader for news articles</source>
        <translation>Who said what, citing whom: a reader for news articles</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="11"/>
        <source>The article to open: a file (.txt, .html, .md, .pdf, .docx, .odt, .eml) or a web address (http, https).</source>
        <translation>The article to open: a file (.txt, .html, .md, .pdf, .docx, .odt, .eml) or a web address (http, https).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="15"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Save a picture of the window to &lt;png&gt; and quit.</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="117"/>
        <source>Highlight legend</source>
        <translation>Highlight legend</translation>
    </message>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="118"/>
        <source>Show:</source>
        <comment>the highlight kinds shown</comment>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>LoadWarningBar</name>
    <message numerus="yes">
        <location filename="../app/gui/load_warning_bar.cpp" line="60"/>
        <source>“%1” is not entirely valid UTF-8: %n byte(s) could not be read (the first at byte %2) and show as �. The rest of the text is as written.</source>
        <translation>
            <numerusform>“%1” is not entirely valid UTF-8: %n byte could not be read (at byte %2) and shows as �. The rest of the text is as written.</numerusform>
            <numerusform>“%1” is not entirely valid UTF-8: %n bytes could not be read (the first at byte %2) and show as �. The rest of the text is as written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/load_warning_bar.cpp" line="69"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="75"/>
        <source>whosaid</source>
        <translation>whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Highlighting the article… %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>The corrections file was changed elsewhere: its corrections were merged with yours.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="182"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="59"/>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>the bundled sample is missing</source>
        <translation>the bundled sample is missing</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="75"/>
        <source>%1 — whosaid</source>
        <translation>%1 — whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>Cannot open “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="55"/>
        <source>Open an article</source>
        <translation>Open an article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="56"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Open &amp;Address…</source>
        <translation>Open &amp;Address…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="62"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>New from &amp;Clipboard</source>
        <translation>New from &amp;Clipboard</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="66"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Open the &amp;Sample Article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="70"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Save Corrections &amp;As…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Export Annotated &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="97"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="104"/>
        <source>Next &amp;Mention</source>
        <translation>Next &amp;Mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="106"/>
        <source>Previous M&amp;ention</source>
        <translation>Previous M&amp;ention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="110"/>
        <source>C&amp;lear Selection</source>
        <translation>C&amp;lear Selection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="119"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Highlights</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="131"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="133"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="139"/>
        <source>&amp;Serif Font</source>
        <translation>&amp;Serif Font</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="147"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="156"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>How to Read the &amp;Highlights</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="159"/>
        <source>How to read the highlights</source>
        <translation>How to read the highlights</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="165"/>
        <source>&amp;About whosaid</source>
        <translation>&amp;About whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="168"/>
        <source>About whosaid</source>
        <translation>About whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="177"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="183"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="185"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="192"/>
        <source>The clipboard holds no text.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="196"/>
        <source>clipboard.txt</source>
        <translation>clipboard.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Open Address</source>
        <translation>Open Address</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Web address of the article:</source>
        <translation>Web address of the article:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="216"/>
        <source>it is not a web address (http or https)</source>
        <translation>it is not a web address (http or https)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="232"/>
        <location filename="../app/gui/main_window_commands.cpp" line="290"/>
        <source>it cannot be written</source>
        <translation>it cannot be written</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <location filename="../app/gui/main_window_commands.cpp" line="293"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>Export JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>Export Annotated HTML</source>
        <translation>Export Annotated HTML</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="34"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="45"/>
        <source>My &amp;Aliases…</source>
        <translation>My &amp;Aliases…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Re&amp;view Attributions</source>
        <translation>Re&amp;view Attributions</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="174"/>
        <source>Rename Actor…</source>
        <translation>Rename Actor…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="176"/>
        <source>Change Kind</source>
        <translation>Change Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="185"/>
        <source>Merge Into…</source>
        <translation>Merge Into…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="189"/>
        <source>Add to My Aliases…</source>
        <translation>Add to My Aliases…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="197"/>
        <source>Remove This Mention</source>
        <translation>Remove This Mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="199"/>
        <source>Split This Mention Off</source>
        <translation>Split This Mention Off</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="206"/>
        <source>Reassign Speaker…</source>
        <translation>Reassign Speaker…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="208"/>
        <source>Not a Quotation</source>
        <translation>Not a Quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="217"/>
        <source>Reassign Speaker</source>
        <translation>Reassign Speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="246"/>
        <source>Merge Actors</source>
        <translation>Merge Actors</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="248"/>
        <source>Merge “%1” into which actor?</source>
        <translation>Merge “%1” into which actor?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>Rename Actor</source>
        <translation>Rename Actor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="32"/>
        <source>Add as Mention of…</source>
        <translation>Add as Mention of…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="36"/>
        <source>Add as Quotation…</source>
        <translation>Add as Quotation…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="42"/>
        <source>Add Source…</source>
        <translation>Add Source…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="44"/>
        <source>Remove Source</source>
        <translation>Remove Source</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="57"/>
        <source>A new actor:</source>
        <translation>A new actor:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="59"/>
        <source>Add as Mention</source>
        <translation>Add as Mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="60"/>
        <source>“%1” is a mention of:</source>
        <translation>“%1” is a mention of:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="78"/>
        <source>Add as Quotation</source>
        <translation>Add as Quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="108"/>
        <source>A medium the analysis missed, named:</source>
        <translation>A medium the analysis missed, named:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="110"/>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="127"/>
        <source>Add Source</source>
        <translation>Add Source</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="111"/>
        <source>Through which medium did these words come?</source>
        <translation>Through which medium did these words come?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="128"/>
        <source>“%1” is not in the article, apart from names already found: a source must be named in the text.</source>
        <translation>“%1” is not in the article, apart from names already found: a source must be named in the text.</translation>
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
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="52"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mentions_panel.cpp" line="60"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln mention</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="63"/>
        <source>Click a name in the article to list its mentions.</source>
        <translation>Click a name in the article to list its mentions.</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="53"/>
        <source>Mentions of the selected actor</source>
        <translation>Mentions of the selected actor</translation>
    </message>
</context>
<context>
    <name>OpeningProgress</name>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="32"/>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="45"/>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="69"/>
        <source>Opening cancelled.</source>
        <translation>Opening cancelled.</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="73"/>
        <source>Analysis in progress</source>
        <translation>Analysis in progress</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="75"/>
        <source>Stop opening this article</source>
        <translation>Stop opening this article</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <location filename="../app/gui/page_fetcher.cpp" line="139"/>
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>the server did not answer within %n second</numerusform>
            <numerusform>the server did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="142"/>
        <source>the page is larger than %1</source>
        <translation>the page is larger than %1</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="149"/>
        <source>the address redirects too many times</source>
        <translation>the address redirects too many times</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="151"/>
        <source>the secure address redirects to an insecure one</source>
        <translation>the secure address redirects to an insecure one</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="153"/>
        <source>the server answered %1 (%2)</source>
        <translation>the server answered %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="156"/>
        <source>the page cannot be fetched: %1</source>
        <translation>the page cannot be fetched: %1</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="113"/>
        <source>(confidence %1)</source>
        <translation>(confidence %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="134"/>
        <source>Quotation</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="136"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="138"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="140"/>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="142"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="144"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="146"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="155"/>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="157"/>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="159"/>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="165"/>
        <source>Speaker checked by a person</source>
        <translation>Speaker checked by a person</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="78"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="79"/>
        <source>Filter by speaker</source>
        <translation>Filter by speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="80"/>
        <source>Filter quotations by speaker</source>
        <translation>Filter quotations by speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="81"/>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="82"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Check the attributions one by one, the least certain first</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="83"/>
        <source>Quotations of the article</source>
        <translation>Quotations of the article</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="84"/>
        <source>Show All</source>
        <translation>Show All</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="85"/>
        <source>List the quotations of every speaker</source>
        <translation>List the quotations of every speaker</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="147"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln quotation</numerusform>
            <numerusform>%Ln quotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="150"/>
        <source>Quotations of %1: %2, %3</source>
        <translation>Quotations of %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="151"/>
        <source>%Ln to check</source>
        <translation>
            <numerusform>%Ln to check</numerusform>
            <numerusform>%Ln to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="152"/>
        <source>Quotations of %1: %2</source>
        <translation>Quotations of %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="157"/>
        <source>Open an article (File › Open) to list its quotations.</source>
        <translation>Open an article (File › Open) to list its quotations.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="159"/>
        <source>No quotation was found in this article. To add one, select its words in the text and right-click.</source>
        <translation>No quotation was found in this article. To add one, select its words in the text and right-click.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="162"/>
        <source>%1 is not quoted. Select its words in the text and right-click to add a quotation.</source>
        <translation>%1 is not quoted. Select its words in the text and right-click to add a quotation.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="166"/>
        <source>No speaker matches the filter.</source>
        <translation>No speaker matches the filter.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="44"/>
        <location filename="../app/gui/reading_view.cpp" line="177"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="117"/>
        <source>%1 of %2 checked</source>
        <translation>%1 of %2 checked</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="200"/>
        <source>Quotation %1 of %2 — said by %3</source>
        <translation>Quotation %1 of %2 — said by %3</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="205"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="207"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="263"/>
        <source>Review attributions</source>
        <translation>Review attributions</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="264"/>
        <source>✓ Confirm (Enter)</source>
        <translation>✓ Confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="265"/>
        <source>The speaker is right: mark the attribution as verified</source>
        <translation>The speaker is right: mark the attribution as verified</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="266"/>
        <source>Reassign… (R)</source>
        <translation>Reassign… (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="267"/>
        <source>Not a Quotation (N)</source>
        <translation>Not a Quotation (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="268"/>
        <source>Add Source… (S)</source>
        <translation>Add Source… (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="270"/>
        <source>Previous quotation (←)</source>
        <translation>Previous quotation (←)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="272"/>
        <source>Next quotation (→)</source>
        <translation>Next quotation (→)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="273"/>
        <source>Done (Esc)</source>
        <translation>Done (Esc)</translation>
    </message>
</context>
<context>
    <name>SelectedText</name>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="30"/>
        <source>Select a name in the text first.</source>
        <translation>Select a name in the text first.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="32"/>
        <source>The selection is too long for a name.</source>
        <translation>The selection is too long for a name.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="37"/>
        <source>The selection overlaps a mention of “%1”.</source>
        <translation>The selection overlaps a mention of “%1”.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="42"/>
        <source>Select the quoted words first.</source>
        <translation>Select the quoted words first.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="45"/>
        <source>The selection overlaps a quotation already found: right-click it to reassign its speaker.</source>
        <translation>The selection overlaps a quotation already found: right-click it to reassign its speaker.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="109"/>
        <source>The selection spans several paragraphs.</source>
        <translation>The selection spans several paragraphs.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="45"/>
        <source>unknown medium</source>
        <translation>unknown medium</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="48"/>
        <source>no source cited</source>
        <translation>no source cited</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="52"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="53"/>
        <source>unattributed</source>
        <translation>unattributed</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By speaker</source>
        <translation>By speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Source or speaker</source>
        <translation>Source or speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="36"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="37"/>
        <source>Quotations per source and per speaker</source>
        <translation>Quotations per source and per speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="38"/>
        <source>No sources yet: open an article (File › Open). Quotations are counted here by the medium they came through and by speaker.</source>
        <translation>No sources yet: open an article (File › Open). Quotations are counted here by the medium they came through and by speaker.</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="33"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln quotation</numerusform>
            <numerusform>%Ln quotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="40"/>
        <source>none</source>
        <comment>no speech cue</comment>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="44"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Certainty: %6&lt;br/&gt;Why: %4&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3</source>
        <translation>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Certainty: %6&lt;br/&gt;Why: %4&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="47"/>
        <source>none</source>
        <comment>no sources</comment>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="32"/>
        <source>An actor of the article:</source>
        <translation>An actor of the article:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="33"/>
        <source>An anonymous speaker, described as:</source>
        <translation>An anonymous speaker, described as:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="34"/>
        <source>Unknown speaker</source>
        <translation>Unknown speaker</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="42"/>
        <source>Direct quotation (the words between quotation marks)</source>
        <translation>Direct quotation (the words between quotation marks)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="44"/>
        <source>Partial quotation (a few quoted words in a sentence)</source>
        <translation>Partial quotation (a few quoted words in a sentence)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="46"/>
        <source>Indirect quotation (reported speech, no marks)</source>
        <translation>Indirect quotation (reported speech, no marks)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="48"/>
        <source>e.g. a senior Syrian official</source>
        <translation>e.g. a senior Syrian official</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="50"/>
        <source>Who said this?</source>
        <translation>Who said this?</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="66"/>
        <source>Words:</source>
        <translation>Words:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="17"/>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="20"/>
        <location filename="../app/gui/status_summary.cpp" line="26"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln quotation</numerusform>
            <numerusform>%Ln quotations</numerusform>
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
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
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
            <numerusform>%Ln to check</numerusform>
            <numerusform>%Ln to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="27"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — click a name to follow an actor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="28"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
</context>
</TS>
