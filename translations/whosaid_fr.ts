<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="33"/>
        <source>Search the actors…</source>
        <translation>Rechercher un acteur…</translation>
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
        <translation>Un acteur de l’article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="34"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
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
        <translation>Acteur</translation>
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
        <translation>Cit.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Filter actors</source>
        <translation>Filtrer les acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>No actors yet: open an article (File › Open), or select a name in the text and right-click to add it.</source>
        <translation>Aucun acteur pour l’instant : ouvrez un article (Fichier › Ouvrir), ou sélectionnez un nom dans le texte et faites un clic droit pour l’ajouter.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="71"/>
        <source>Sort by mentions</source>
        <translation>Trier par mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="72"/>
        <source>Sort by quotations</source>
        <translation>Trier par citations</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="73"/>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="74"/>
        <source>Sort actors</source>
        <translation>Trier les acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="75"/>
        <source>Actors by kind</source>
        <translation>Acteurs par catégorie</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="34"/>
        <source>&amp;Remove Group</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="35"/>
        <source>My Aliases</source>
        <translation>Mes alias</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="36"/>
        <source>Each group names one actor in every article: the actors named by names of a group become one, shown under the first name. Accents and case do not matter; a group needs at least two names.</source>
        <translation>Chaque groupe désigne un même acteur dans tous les articles&#xa0;: les acteurs nommés par les noms d’un groupe n’en font plus qu’un, affiché sous le premier nom. Les accents et la casse ne comptent pas&#xa0;; un groupe compte au moins deux noms.</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="42"/>
        <source>&amp;Add Group</source>
        <translation>&amp;Ajouter un groupe</translation>
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
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="57"/>
        <source>&amp;Other spellings, one per line:</source>
        <translation>&amp;Autres graphies, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="62"/>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="101"/>
        <source>(new group)</source>
        <translation>(nouveau groupe)</translation>
    </message>
</context>
<context>
    <name>AliasStore</name>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="57"/>
        <source>Your alias list cannot be read: %1</source>
        <translation>Impossible de lire votre liste d’alias&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="89"/>
        <source>Your alias list cannot be read, so it was not written over: %1</source>
        <translation>Impossible de lire votre liste d’alias, elle n’a donc pas été remplacée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="96"/>
        <location filename="../app/gui/alias_store.cpp" line="117"/>
        <source>Your alias list cannot be saved: %1</source>
        <translation>Impossible d’enregistrer votre liste d’alias&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="16"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="18"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="20"/>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="22"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="24"/>
        <source>the file is not text</source>
        <translation>le fichier n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="26"/>
        <source>the text encoding could not be decoded</source>
        <translation>l’encodage du texte n’a pas pu être décodé</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="28"/>
        <source>the request is not valid</source>
        <translation>la demande n’est pas valide</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="30"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous: %1</source>
        <translation>anonyme : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="95"/>
        <source>unattributed</source>
        <translation>non attribuée</translation>
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
        <translation>Paragraphe %1, qui commence à la page %2 du PDF</translation>
    </message>
</context>
<context>
    <name>AttributionExplainer</name>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="17"/>
        <source>speech verb inside the quotation</source>
        <translation>verbe de parole dans la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="18"/>
        <source>named after “according to”</source>
        <translation>nommé après « selon »</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="20"/>
        <source>speech verb after the quotation</source>
        <translation>verbe de parole après la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="22"/>
        <source>named in an apposition after the speech verb</source>
        <translation>nommé en apposition après le verbe de parole</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="24"/>
        <source>named after the quotation, before its speech verb</source>
        <translation>nommé après la citation, avant le verbe de parole</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="27"/>
        <source>named before the quotation, with a speech verb</source>
        <translation>nommé avant la citation, avec un verbe de parole</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="29"/>
        <source>the quoted words are part of the speaker’s sentence</source>
        <translation>les mots cités font partie de la phrase du locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="32"/>
        <source>named later in the sentence</source>
        <translation>nommé plus loin dans la phrase</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="34"/>
        <source>subject of the sentence that holds the quotation, no speech verb</source>
        <translation>sujet de la phrase qui contient la citation, sans verbe de parole</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="37"/>
        <source>cited by the medium the quotation came through</source>
        <translation>cité par le média qui rapporte la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="39"/>
        <source>named in the paragraph before, with a colon</source>
        <translation>nommé dans le paragraphe précédent, avec deux-points</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="40"/>
        <source>speaker of the sentence before</source>
        <translation>locuteur de la phrase précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="42"/>
        <source>the medium named as the source, nobody else speaks</source>
        <translation>le média cité comme source, personne d’autre ne parle</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="45"/>
        <source>agent of a passive speech verb (“by …”)</source>
        <translation>agent d’un verbe de parole au passif (« par … »)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="47"/>
        <source>named with a colon before the quotation</source>
        <translation>nommé avant la citation, suivi de deux-points</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="48"/>
        <source>same speaker as the other quotation of the sentence</source>
        <translation>même locuteur que l’autre citation de la phrase</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="51"/>
        <source>same speaker as the start of the quotation, over several paragraphs</source>
        <translation>même locuteur que le début de la citation, sur plusieurs paragraphes</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="54"/>
        <source>same speaker as the previous quotation</source>
        <translation>même locuteur que la citation précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="56"/>
        <source>reported speech after a speech verb and “que”</source>
        <translation>propos rapportés après un verbe de parole et « que »</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="58"/>
        <source>reported speech after a speech verb and “that”</source>
        <translation>propos rapportés après un verbe de parole et « that »</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="60"/>
        <source>reported speech after a speech verb</source>
        <translation>propos rapportés après un verbe de parole</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="62"/>
        <source>reported speech after “selon”</source>
        <translation>propos rapportés après « selon »</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="64"/>
        <source>reported speech after “according to”</source>
        <translation>propos rapportés après « according to »</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="66"/>
        <source>reported speech, speech verb after it</source>
        <translation>propos rapportés, verbe de parole après eux</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="67"/>
        <source>set by a person (correction)</source>
        <translation>choisi par une personne (correction)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="82"/>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="84"/>
        <source>unsure — check</source>
        <translation>incertaine — à vérifier</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="86"/>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="88"/>
        <source>sure</source>
        <translation>sûre</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="111"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="132"/>
        <source>no speaker found</source>
        <translation>aucun locuteur trouvé</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="118"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="141"/>
        <source>%1: %2</source>
        <comment>an explanation and its cue words</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/attribution_explainer.cpp" line="125"/>
        <source>%1; %Ln speakers together</source>
        <comment>an explanation, then how many actors speak</comment>
        <translation>
            <numerusform>%1 ; %Ln locuteur ensemble</numerusform>
            <numerusform>%1 ; %Ln locuteurs ensemble</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="67"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>Les corrections de cet article sont illisibles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="90"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln correction ne correspond plus à l’article&#xa0;: %1</numerusform>
            <numerusform>%Ln corrections ne correspondent plus à l’article&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="120"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les corrections&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="165"/>
        <location filename="../app/gui/corrections_controller.cpp" line="169"/>
        <source>Reassign Speaker</source>
        <translation>Réattribuer la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="173"/>
        <source>Not a Quotation</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="177"/>
        <source>Confirm Speaker</source>
        <translation>Confirmer le locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="181"/>
        <source>Rename Actor</source>
        <translation>Renommer l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="185"/>
        <source>Change Actor Kind</source>
        <translation>Changer le type de l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="193"/>
        <source>Remove Mention</source>
        <translation>Retirer la mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="197"/>
        <source>Split Mention Off</source>
        <translation>Détacher la mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="201"/>
        <location filename="../app/gui/corrections_controller.cpp" line="206"/>
        <source>Add Mention</source>
        <translation>Ajouter une mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="210"/>
        <location filename="../app/gui/corrections_controller.cpp" line="215"/>
        <source>Add Quotation</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="219"/>
        <location filename="../app/gui/corrections_controller.cpp" line="227"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="231"/>
        <source>Remove Source</source>
        <translation>Retirer la source</translation>
    </message>
</context>
<context>
    <name>FileProblemBar</name>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="88"/>
        <source>The corrections file “%1” cannot be read: %2. It is left as it is: the corrections you make are kept in this window, not saved. Save them to another file, or replace the file (the old one is kept as “%3”).</source>
        <translation>Impossible de lire le fichier de corrections «&#xa0;%1&#xa0;»&#xa0;: %2. Il est laissé tel quel&#xa0;: les corrections que vous faites sont gardées dans cette fenêtre, sans être enregistrées. Enregistrez-les dans un autre fichier, ou remplacez le fichier (l’ancien est conservé sous le nom «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="94"/>
        <source>Your corrections cannot be saved to “%1”: %2. They are kept in this window: try again, or save them to another file.</source>
        <translation>Impossible d’enregistrer vos corrections dans «&#xa0;%1&#xa0;»&#xa0;: %2. Elles sont gardées dans cette fenêtre&#xa0;: réessayez, ou enregistrez-les dans un autre fichier.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="107"/>
        <source>Your alias list “%1” cannot be read: %2. It is left as it is: changes to the list are kept in this window, not saved. Mend the file, or replace it (the old one is kept as “%3”).</source>
        <translation>Impossible de lire votre liste d’alias «&#xa0;%1&#xa0;»&#xa0;: %2. Elle est laissée telle quelle&#xa0;: les modifications de la liste sont gardées dans cette fenêtre, sans être enregistrées. Réparez le fichier, ou remplacez-le (l’ancien est conservé sous le nom «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="113"/>
        <source>Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this window.</source>
        <translation>Impossible d’enregistrer votre liste d’alias dans «&#xa0;%1&#xa0;»&#xa0;: %2. Ses modifications sont gardées dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="139"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="204"/>
        <source>Save Corrections As…</source>
        <translation>Enregistrer les corrections sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="140"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="177"/>
        <source>Replace the File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="141"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="143"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="142"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="188"/>
        <source>Replace the List</source>
        <translation>Remplacer la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="158"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="168"/>
        <source>Save Corrections As</source>
        <translation>Enregistrer les corrections sous</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="162"/>
        <source>Corrections (*.whosaid.json);;All files (*)</source>
        <translation>Corrections (*.whosaid.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="169"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="178"/>
        <source>The corrections cannot be saved to “%1”: %2.</source>
        <translation>Impossible d’enregistrer les corrections dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="196"/>
        <source>Unsaved corrections</source>
        <translation>Corrections non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="197"/>
        <source>Your corrections are not saved.</source>
        <translation>Vos corrections ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="198"/>
        <source>Your changes to the alias list are not saved.</source>
        <translation>Vos modifications de la liste d’alias ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="44"/>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="45"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="47"/>
        <source>Search the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="48"/>
        <source>Previous</source>
        <comment>go to the previous match</comment>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="50"/>
        <source>Next</source>
        <comment>go to the next match</comment>
        <translation>Suivant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/find_bar.cpp" line="87"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="90"/>
        <source>%L1 of %L2</source>
        <comment>match number of match count</comment>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="51"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="52"/>
        <location filename="../app/gui/find_bar.cpp" line="53"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="54"/>
        <source>Match count</source>
        <translation>Nombre d’occurrences</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="85"/>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="11"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Qui apparaît dans un article de presse, qui a dit quoi, en citant qui.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="30"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comment lire les surlignages&lt;/h3&gt;&lt;p&gt;Chaque acteur de l’article est coloré selon sa catégorie, et chaque catégorie a aussi son propre trait ou sa graisse : les surlignages se lisent même sans couleur.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Un &lt;b&gt;locuteur&lt;/b&gt; est celui à qui une citation est attribuée ; une &lt;b&gt;source&lt;/b&gt; est l’agence ou le média par lequel les propos sont passés (« cité par Interfax »).&lt;/p&gt;&lt;p&gt;Survolez un nom ou une citation pour en voir le détail. Cliquez sur un nom pour sélectionner l’acteur : ses mentions s’affichent dans le panneau Mentions ; F3 et Maj+F3 passent à la mention suivante ou précédente, Échap efface la sélection. Activez ou masquez chaque catégorie dans la légende ou le menu Affichage.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="52"/>
        <source>&lt;h3&gt;How sure an attribution is&lt;/h3&gt;&lt;p&gt;Beside each quotation, in the margin, a mark tells how sure its speaker is (the Quotations panel has it too, and sorts by it):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Point at a quotation, or at its row in the Quotations panel, to read why it was attributed; selecting it outlines the words that named its speaker.&lt;/p&gt;&lt;h3&gt;Correcting&lt;/h3&gt;&lt;p&gt;The analysis can be wrong. &lt;b&gt;Right-click&lt;/b&gt; a quotation to give it another speaker, add or remove a source, or say it is not a quotation; right-click a name to rename the actor, change its kind, merge it with another or remove the mention; select words and right-click to add a mention or a quotation. Corrections are saved beside the article and undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Certitude des attributions&lt;/h3&gt;&lt;p&gt;À côté de chaque citation, dans la marge, un signe indique à quel point son locuteur est sûr (le panneau Citations l’affiche aussi et peut trier selon lui) :&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Survolez une citation, ou sa ligne dans le panneau Citations, pour lire pourquoi elle a été attribuée ; la sélectionner encadre les mots qui ont désigné son locuteur.&lt;/p&gt;&lt;h3&gt;Corriger&lt;/h3&gt;&lt;p&gt;L’analyse peut se tromper. Un &lt;b&gt;clic droit&lt;/b&gt; sur une citation permet de lui donner un autre locuteur, d’ajouter ou de retirer une source, ou d’indiquer que ce n’est pas une citation ; un clic droit sur un nom permet de renommer l’acteur, de changer son type, de le fusionner avec un autre ou de retirer la mention ; sélectionnez des mots puis faites un clic droit pour ajouter une mention ou une citation. Les corrections sont enregistrées à côté de l’article et s’annulent avec Ctrl+Z.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Reported speech</source>
        <translation>Propos rapportés</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="26"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="40"/>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>solid underline, semi-bold</source>
        <translation>soulignement plein, demi-gras</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dashed underline</source>
        <translation>soulignement en tirets</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>dotted underline</source>
        <translation>soulignement en pointillés</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>wavy underline</source>
        <translation>soulignement ondulé</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>tinted background</source>
        <translation>fond teinté</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>pale tinted background</source>
        <translation>fond légèrement teinté</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>bold with a line above</source>
        <translation>gras avec un trait au-dessus</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="69"/>
        <source>italic with a line above</source>
        <translation>italique avec un trait au-dessus</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="40"/>
        <source>System</source>
        <comment>the language of the operating system</comment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="7"/>
        <source>Who said what, citing whom: a reader for news articles</source>
        <translation>Qui a dit quoi, en citant qui : un lecteur d’articles de presse</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="11"/>
        <source>The article to open: a file (.txt, .html, .md, .pdf, .docx, .odt, .eml) or a web address (http, https).</source>
        <translation>L’article à ouvrir&#xa0;: un fichier (.txt, .html, .md, .pdf, .docx, .odt, .eml) ou une adresse web (http, https).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="15"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;png&gt; puis quitter.</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="117"/>
        <source>Highlight legend</source>
        <translation>Légende des surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="118"/>
        <source>Show:</source>
        <comment>the highlight kinds shown</comment>
        <translation>Afficher :</translation>
    </message>
</context>
<context>
    <name>LoadWarningBar</name>
    <message numerus="yes">
        <location filename="../app/gui/load_warning_bar.cpp" line="60"/>
        <source>“%1” is not entirely valid UTF-8: %n byte(s) could not be read (the first at byte %2) and show as �. The rest of the text is as written.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas entièrement en UTF-8 valide&#xa0;: %n octet n’a pas pu être lu (à l’octet %2) et s’affiche comme �. Le reste du texte est tel qu’il a été écrit.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n’est pas entièrement en UTF-8 valide&#xa0;: %n octets n’ont pas pu être lus (le premier à l’octet %2) et s’affichent comme �. Le reste du texte est tel qu’il a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/load_warning_bar.cpp" line="69"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
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
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Mise en évidence de l’article… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>Le fichier de corrections a été modifié ailleurs&#xa0;: ses corrections ont été fusionnées avec les vôtres.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
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
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="59"/>
        <source>Go to %1</source>
        <translation>Aller à : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>the bundled sample is missing</source>
        <translation>l’exemple fourni est introuvable</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="75"/>
        <source>%1 — whosaid</source>
        <translation>%1 — whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d’ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="55"/>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="56"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Open &amp;Address…</source>
        <translation>Ouvrir une &amp;adresse…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="62"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>New from &amp;Clipboard</source>
        <translation>Nouveau depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="66"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Ouvrir l’article d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="70"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Enregistrer les &amp;corrections sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Exporter en &amp;HTML annoté…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="97"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="104"/>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mention suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="106"/>
        <source>Previous M&amp;ention</source>
        <translation>M&amp;ention précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="110"/>
        <source>C&amp;lear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="119"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="131"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="133"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>&amp;Reset Zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="139"/>
        <source>&amp;Serif Font</source>
        <translation>Police à &amp;empattements</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="147"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="156"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>Comment lire les &amp;surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="159"/>
        <source>How to read the highlights</source>
        <translation>Comment lire les surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="165"/>
        <source>&amp;About whosaid</source>
        <translation>À &amp;propos de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="168"/>
        <source>About whosaid</source>
        <translation>À propos de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="177"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="183"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="185"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="192"/>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="196"/>
        <source>clipboard.txt</source>
        <translation>presse-papiers.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Open Address</source>
        <translation>Ouvrir une adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Web address of the article:</source>
        <translation>Adresse web de l’article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="216"/>
        <source>it is not a web address (http or https)</source>
        <translation>ce n’est pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="232"/>
        <location filename="../app/gui/main_window_commands.cpp" line="290"/>
        <source>it cannot be written</source>
        <translation>il ne peut pas être écrit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <location filename="../app/gui/main_window_commands.cpp" line="293"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>Export Annotated HTML</source>
        <translation>Exporter en HTML annoté</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="34"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="45"/>
        <source>My &amp;Aliases…</source>
        <translation>Mes &amp;alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Re&amp;view Attributions</source>
        <translation>&amp;Vérifier les attributions</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="174"/>
        <source>Rename Actor…</source>
        <translation>Renommer l’acteur…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="176"/>
        <source>Change Kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="185"/>
        <source>Merge Into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="189"/>
        <source>Add to My Aliases…</source>
        <translation>Ajouter à mes alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="197"/>
        <source>Remove This Mention</source>
        <translation>Retirer cette mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="199"/>
        <source>Split This Mention Off</source>
        <translation>Détacher cette mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="206"/>
        <source>Reassign Speaker…</source>
        <translation>Réattribuer la citation…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="208"/>
        <source>Not a Quotation</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="217"/>
        <source>Reassign Speaker</source>
        <translation>Réattribuer la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="246"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="248"/>
        <source>Merge “%1” into which actor?</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec quel acteur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>Rename Actor</source>
        <translation>Renommer l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="32"/>
        <source>Add as Mention of…</source>
        <translation>Ajouter comme mention de…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="36"/>
        <source>Add as Quotation…</source>
        <translation>Ajouter comme citation…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="42"/>
        <source>Add Source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="44"/>
        <source>Remove Source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="57"/>
        <source>A new actor:</source>
        <translation>Un nouvel acteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="59"/>
        <source>Add as Mention</source>
        <translation>Ajouter comme mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="60"/>
        <source>“%1” is a mention of:</source>
        <translation>«&#xa0;%1&#xa0;» désigne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="78"/>
        <source>Add as Quotation</source>
        <translation>Ajouter comme citation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="108"/>
        <source>A medium the analysis missed, named:</source>
        <translation>Un média que l’analyse n’a pas vu, nommé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="110"/>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="127"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="111"/>
        <source>Through which medium did these words come?</source>
        <translation>Par quel média ces propos sont-ils rapportés&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="128"/>
        <source>“%1” is not in the article, apart from names already found: a source must be named in the text.</source>
        <translation>«&#xa0;%1&#xa0;» n’apparaît pas dans l’article, hors des noms déjà trouvés&#xa0;: une source doit être nommée dans le texte.</translation>
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
        <translation>Contexte</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %Ln mention</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="63"/>
        <source>Click a name in the article to list its mentions.</source>
        <translation>Cliquez sur un nom dans l’article pour en lister les mentions.</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="53"/>
        <source>Mentions of the selected actor</source>
        <translation>Mentions de l’acteur sélectionné</translation>
    </message>
</context>
<context>
    <name>OpeningProgress</name>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="32"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="45"/>
        <source>Fetching %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="69"/>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="73"/>
        <source>Analysis in progress</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="75"/>
        <source>Stop opening this article</source>
        <translation>Arrêter l’ouverture de cet article</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <location filename="../app/gui/page_fetcher.cpp" line="139"/>
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>le serveur n’a pas répondu en %n seconde</numerusform>
            <numerusform>le serveur n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="142"/>
        <source>the page is larger than %1</source>
        <translation>la page dépasse %1</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="149"/>
        <source>the address redirects too many times</source>
        <translation>l’adresse redirige trop de fois</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="151"/>
        <source>the secure address redirects to an insecure one</source>
        <translation>l’adresse sécurisée redirige vers une adresse non sécurisée</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="153"/>
        <source>the server answered %1 (%2)</source>
        <translation>le serveur a répondu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="156"/>
        <source>the page cannot be fetched: %1</source>
        <translation>impossible de télécharger la page&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="113"/>
        <source>(confidence %1)</source>
        <translation>(confiance %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="134"/>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="136"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="138"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="140"/>
        <source>Certainty</source>
        <translation>Certitude</translation>
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
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="155"/>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="157"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="159"/>
        <source>reported</source>
        <translation>rapportée</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="165"/>
        <source>Speaker checked by a person</source>
        <translation>Locuteur vérifié par une personne</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="78"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="79"/>
        <source>Filter by speaker</source>
        <translation>Filtrer par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="80"/>
        <source>Filter quotations by speaker</source>
        <translation>Filtrer les citations par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="81"/>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="82"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Vérifier les attributions une à une, les moins sûres d’abord</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="83"/>
        <source>Quotations of the article</source>
        <translation>Citations de l’article</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="84"/>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="85"/>
        <source>List the quotations of every speaker</source>
        <translation>Lister les citations de tous les locuteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="147"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="150"/>
        <source>Quotations of %1: %2, %3</source>
        <translation>Citations de %1 : %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="151"/>
        <source>%Ln to check</source>
        <translation>
            <numerusform>%Ln à vérifier</numerusform>
            <numerusform>%Ln à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="152"/>
        <source>Quotations of %1: %2</source>
        <translation>Citations de %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="157"/>
        <source>Open an article (File › Open) to list its quotations.</source>
        <translation>Ouvrez un article (Fichier › Ouvrir) pour lister ses citations.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="159"/>
        <source>No quotation was found in this article. To add one, select its words in the text and right-click.</source>
        <translation>Aucune citation n’a été trouvée dans cet article. Pour en ajouter une, sélectionnez ses mots dans le texte et faites un clic droit.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="162"/>
        <source>%1 is not quoted. Select its words in the text and right-click to add a quotation.</source>
        <translation>%1 n’est pas cité. Sélectionnez ses propos dans le texte et faites un clic droit pour ajouter une citation.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="166"/>
        <source>No speaker matches the filter.</source>
        <translation>Aucun locuteur ne correspond au filtre.</translation>
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
        <translation>%1 sur %2 vérifiées</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="200"/>
        <source>Quotation %1 of %2 — said by %3</source>
        <translation>Citation %1 sur %2 — dite par %3</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="205"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="207"/>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="263"/>
        <source>Review attributions</source>
        <translation>Vérification des attributions</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="264"/>
        <source>✓ Confirm (Enter)</source>
        <translation>✓ Confirmer (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="265"/>
        <source>The speaker is right: mark the attribution as verified</source>
        <translation>Le locuteur est le bon : marquer l’attribution comme vérifiée</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="266"/>
        <source>Reassign… (R)</source>
        <translation>Réattribuer… (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="267"/>
        <source>Not a Quotation (N)</source>
        <translation>Pas une citation (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="268"/>
        <source>Add Source… (S)</source>
        <translation>Ajouter une source… (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="270"/>
        <source>Previous quotation (←)</source>
        <translation>Citation précédente (←)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="272"/>
        <source>Next quotation (→)</source>
        <translation>Citation suivante (→)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="273"/>
        <source>Done (Esc)</source>
        <translation>Terminer (Échap)</translation>
    </message>
</context>
<context>
    <name>SelectedText</name>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="30"/>
        <source>Select a name in the text first.</source>
        <translation>Sélectionnez d’abord un nom dans le texte.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="32"/>
        <source>The selection is too long for a name.</source>
        <translation>La sélection est trop longue pour un nom.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="37"/>
        <source>The selection overlaps a mention of “%1”.</source>
        <translation>La sélection empiète sur une mention de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="42"/>
        <source>Select the quoted words first.</source>
        <translation>Sélectionnez d’abord les mots cités.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="45"/>
        <source>The selection overlaps a quotation already found: right-click it to reassign its speaker.</source>
        <translation>La sélection empiète sur une citation déjà trouvée&#xa0;: faites un clic droit dessus pour la réattribuer.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="109"/>
        <source>The selection spans several paragraphs.</source>
        <translation>La sélection s’étend sur plusieurs paragraphes.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="45"/>
        <source>unknown medium</source>
        <translation>média inconnu</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="48"/>
        <source>no source cited</source>
        <translation>aucune source citée</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="52"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="53"/>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By speaker</source>
        <translation>Par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Source or speaker</source>
        <translation>Source ou locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Quotations</source>
        <translation>Citations</translation>
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
        <translation>Citations par source et par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="38"/>
        <source>No sources yet: open an article (File › Open). Quotations are counted here by the medium they came through and by speaker.</source>
        <translation>Aucune source pour l’instant : ouvrez un article (Fichier › Ouvrir). Les citations sont comptées ici par média qui les rapporte et par locuteur.</translation>
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
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="40"/>
        <source>none</source>
        <comment>no speech cue</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="44"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Certainty: %6&lt;br/&gt;Why: %4&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3</source>
        <translation>&lt;b&gt;Citation&lt;/b&gt; (%5)&lt;br/&gt;Locuteur : %1&lt;br/&gt;Certitude : %6&lt;br/&gt;Pourquoi : %4&lt;br/&gt;Verbe introducteur : %2&lt;br/&gt;Sources : %3</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="47"/>
        <source>none</source>
        <comment>no sources</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="32"/>
        <source>An actor of the article:</source>
        <translation>Un acteur de l’article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="33"/>
        <source>An anonymous speaker, described as:</source>
        <translation>Une source anonyme, désignée comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="34"/>
        <source>Unknown speaker</source>
        <translation>Locuteur inconnu</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="42"/>
        <source>Direct quotation (the words between quotation marks)</source>
        <translation>Citation directe (les mots entre guillemets)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="44"/>
        <source>Partial quotation (a few quoted words in a sentence)</source>
        <translation>Citation partielle (quelques mots cités dans une phrase)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="46"/>
        <source>Indirect quotation (reported speech, no marks)</source>
        <translation>Citation indirecte (discours rapporté, sans guillemets)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="48"/>
        <source>e.g. a senior Syrian official</source>
        <translation>p. ex. un haut responsable syrien</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="50"/>
        <source>Who said this?</source>
        <translation>Qui a dit cela&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="66"/>
        <source>Words:</source>
        <translation>Mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="17"/>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="20"/>
        <location filename="../app/gui/status_summary.cpp" line="26"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
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
            <numerusform>%Ln à vérifier</numerusform>
            <numerusform>%Ln à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="27"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — cliquez sur un nom pour suivre un acteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="28"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
</context>
</TS>
