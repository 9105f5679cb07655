<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="31"/>
        <source>Search the actors…</source>
        <translation>Rechercher un acteur…</translation>
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
        <location filename="../app/gui/actors_panel.cpp" line="63"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="64"/>
        <location filename="../app/gui/actors_panel.cpp" line="65"/>
        <source>Filter actors</source>
        <translation>Filtrer les acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Sort by mentions</source>
        <translation>Trier par mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <source>Sort by quotations</source>
        <translation>Trier par citations</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="69"/>
        <source>Sort actors</source>
        <translation>Trier les acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
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
        <location filename="../app/gui/analysis_runner.cpp" line="15"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="17"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="19"/>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="21"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="23"/>
        <source>the file is not text</source>
        <translation>le fichier n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="25"/>
        <source>the text encoding could not be decoded</source>
        <translation>l’encodage du texte n’a pas pu être décodé</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="27"/>
        <source>the request is not valid</source>
        <translation>la demande n’est pas valide</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="29"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous: %1</source>
        <translation>anonyme : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="69"/>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="66"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>Les corrections de cet article sont illisibles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="89"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln correction ne correspond plus à l’article&#xa0;: %1</numerusform>
            <numerusform>%Ln corrections ne correspondent plus à l’article&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="119"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les corrections&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="176"/>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Reassign Speaker</source>
        <translation>Réattribuer la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="200"/>
        <source>Not a Quotation</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="229"/>
        <source>Confirm Speaker</source>
        <translation>Confirmer le locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="241"/>
        <source>Rename Actor</source>
        <translation>Renommer l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="252"/>
        <source>Change Actor Kind</source>
        <translation>Changer le type de l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="263"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="274"/>
        <source>Remove Mention</source>
        <translation>Retirer la mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="287"/>
        <source>Split Mention Off</source>
        <translation>Détacher la mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="308"/>
        <location filename="../app/gui/corrections_controller.cpp" line="322"/>
        <source>Add Mention</source>
        <translation>Ajouter une mention</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="336"/>
        <source>Add Quotation</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="370"/>
        <location filename="../app/gui/corrections_controller.cpp" line="409"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="425"/>
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
        <location filename="../app/gui/help_texts.cpp" line="9"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Qui apparaît dans un article de presse, qui a dit quoi, en citant qui.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="28"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comment lire les surlignages&lt;/h3&gt;&lt;p&gt;Chaque acteur de l’article est coloré selon sa catégorie, et chaque catégorie a aussi son propre trait ou sa graisse : les surlignages se lisent même sans couleur.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Un &lt;b&gt;locuteur&lt;/b&gt; est celui à qui une citation est attribuée ; une &lt;b&gt;source&lt;/b&gt; est l’agence ou le média par lequel les propos sont passés (« cité par Interfax »).&lt;/p&gt;&lt;p&gt;Survolez un nom ou une citation pour en voir le détail. Cliquez sur un nom pour sélectionner l’acteur : ses mentions s’affichent dans le panneau Mentions ; F3 et Maj+F3 passent à la mention suivante ou précédente, Échap efface la sélection. Activez ou masquez chaque catégorie dans la légende ou le menu Affichage.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="10"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Reported speech</source>
        <translation>Propos rapportés</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="32"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="53"/>
        <source>solid underline, semi-bold</source>
        <translation>soulignement plein, demi-gras</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>dashed underline</source>
        <translation>soulignement en tirets</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dotted underline</source>
        <translation>soulignement en pointillés</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>wavy underline</source>
        <translation>soulignement ondulé</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>tinted background</source>
        <translation>fond teinté</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>pale tinted background</source>
        <translation>fond légèrement teinté</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>bold with a line above</source>
        <translation>gras avec un trait au-dessus</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
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
        <source>The article to open (.txt, .html, .htm, .md).</source>
        <translation>L’article à ouvrir (.txt, .html, .htm, .md).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="14"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="78"/>
        <source>whosaid</source>
        <translation>whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Analysis in progress</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="70"/>
        <source>Stop opening this article</source>
        <translation>Arrêter l’ouverture de cet article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="71"/>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Mise en évidence de l’article… %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>Le fichier de corrections a été modifié ailleurs&#xa0;: ses corrections ont été fusionnées avec les vôtres.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="190"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>Opening cancelled.</source>
        <translation>Ouverture annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <location filename="../app/gui/main_window.cpp" line="366"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="365"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="60"/>
        <source>Go to %1</source>
        <translation>Aller à : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>the bundled sample is missing</source>
        <translation>l’exemple fourni est introuvable</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="78"/>
        <source>%1 — whosaid</source>
        <translation>%1 — whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d’ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="303"/>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="364"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — cliquez sur un nom pour suivre un acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="49"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="53"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>New from &amp;Clipboard</source>
        <translation>Nouveau depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="61"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Ouvrir l’article d’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="63"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="65"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Enregistrer les &amp;corrections sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Exporter en &amp;HTML annoté…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="75"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="77"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="84"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mention suivante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Previous M&amp;ention</source>
        <translation>M&amp;ention précédente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="105"/>
        <source>C&amp;lear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="113"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="114"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="126"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="128"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>&amp;Reset Zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="134"/>
        <source>&amp;Serif Font</source>
        <translation>Police à &amp;empattements</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="142"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="145"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="151"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>Comment lire les &amp;surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="154"/>
        <source>How to read the highlights</source>
        <translation>Comment lire les surlignages</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="160"/>
        <source>&amp;About whosaid</source>
        <translation>À &amp;propos de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="163"/>
        <source>About whosaid</source>
        <translation>À propos de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="172"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="178"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="180"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="187"/>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="191"/>
        <source>clipboard.txt</source>
        <translation>presse-papiers.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="212"/>
        <location filename="../app/gui/main_window_commands.cpp" line="270"/>
        <source>it cannot be written</source>
        <translation>il ne peut pas être écrit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="215"/>
        <location filename="../app/gui/main_window_commands.cpp" line="273"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>Export Annotated HTML</source>
        <translation>Exporter en HTML annoté</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
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
        <location filename="../app/gui/main_window_corrections.cpp" line="158"/>
        <source>Rename Actor…</source>
        <translation>Renommer l’acteur…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="160"/>
        <source>Change Kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="169"/>
        <source>Merge Into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="173"/>
        <source>Add to My Aliases…</source>
        <translation>Ajouter à mes alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="181"/>
        <source>Remove This Mention</source>
        <translation>Retirer cette mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="183"/>
        <source>Split This Mention Off</source>
        <translation>Détacher cette mention</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="190"/>
        <source>Reassign Speaker…</source>
        <translation>Réattribuer la citation…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="192"/>
        <source>Not a Quotation</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="201"/>
        <source>Reassign Speaker</source>
        <translation>Réattribuer la citation</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="230"/>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="232"/>
        <source>Merge “%1” into which actor?</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec quel acteur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
        <source>Rename Actor</source>
        <translation>Renommer l’acteur</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
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
        <location filename="../app/gui/mentions_model.cpp" line="56"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_model.cpp" line="58"/>
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
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="67"/>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="69"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="71"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="73"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="75"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="77"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="86"/>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="88"/>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="90"/>
        <source>reported</source>
        <translation>rapportée</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="96"/>
        <source>Speaker checked by a person</source>
        <translation>Locuteur vérifié par une personne</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="54"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="55"/>
        <source>Filter by speaker</source>
        <translation>Filtrer par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="56"/>
        <source>Filter quotations by speaker</source>
        <translation>Filtrer les citations par locuteur</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="57"/>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="58"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Vérifier les attributions une à une, les moins sûres d’abord</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="59"/>
        <source>Quotations of the article</source>
        <translation>Citations de l’article</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="43"/>
        <location filename="../app/gui/reading_view.cpp" line="165"/>
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
        <location filename="../app/gui/sources_panel.cpp" line="33"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="34"/>
        <source>Quotations per source and per speaker</source>
        <translation>Citations par source et par locuteur</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="28"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="31"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln citation</numerusform>
            <numerusform>%Ln citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="36"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="41"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3&lt;br/&gt;Rule: %4</source>
        <translation>&lt;b&gt;Citation&lt;/b&gt; (%5)&lt;br/&gt;Locuteur : %1&lt;br/&gt;Verbe introducteur : %2&lt;br/&gt;Sources : %3&lt;br/&gt;Règle : %4</translation>
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
</TS>
