<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="31"/>
        <source>Search the actors…</source>
        <translation>Buscar actores…</translation>
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
        <translation>Un actor del artículo:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../app/gui/actor_picker_dialog.cpp" line="34"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
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
            <numerusform>%1 — %Ln mención</numerusform>
            <numerusform>%1 — %Ln menciones</numerusform>
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
        <translation>Menc.</translation>
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
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_model.cpp" line="123"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>ActorsPanel</name>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="63"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="64"/>
        <location filename="../app/gui/actors_panel.cpp" line="65"/>
        <source>Filter actors</source>
        <translation>Filtrar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Sort by mentions</source>
        <translation>Ordenar por menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <source>Sort by quotations</source>
        <translation>Ordenar por citas</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="69"/>
        <source>Sort actors</source>
        <translation>Ordenar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Actors by kind</source>
        <translation>Actores por tipo</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="34"/>
        <source>&amp;Remove Group</source>
        <translation>&amp;Quitar grupo</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="35"/>
        <source>My Aliases</source>
        <translation>Mis alias</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="36"/>
        <source>Each group names one actor in every article: the actors named by names of a group become one, shown under the first name. Accents and case do not matter; a group needs at least two names.</source>
        <translation>Cada grupo designa a un mismo actor en todos los artículos: los actores nombrados con los nombres de un grupo pasan a ser uno, mostrado con el primer nombre. Los acentos y las mayúsculas no importan; un grupo necesita al menos dos nombres.</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="42"/>
        <source>&amp;Add Group</source>
        <translation>&amp;Añadir grupo</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="51"/>
        <source>Sergueï Lavrov</source>
        <translation>Serguéi Lavrov</translation>
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
        <translation>&amp;Nombre mostrado:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="57"/>
        <source>&amp;Other spellings, one per line:</source>
        <translation>&amp;Otras grafías, una por línea:</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="62"/>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_editor.cpp" line="101"/>
        <source>(new group)</source>
        <translation>(grupo nuevo)</translation>
    </message>
</context>
<context>
    <name>AliasStore</name>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="57"/>
        <source>Your alias list cannot be read: %1</source>
        <translation>No se puede leer su lista de alias: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="89"/>
        <source>Your alias list cannot be read, so it was not written over: %1</source>
        <translation>No se puede leer su lista de alias, así que no se ha sobrescrito: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/alias_store.cpp" line="96"/>
        <location filename="../app/gui/alias_store.cpp" line="117"/>
        <source>Your alias list cannot be saved: %1</source>
        <translation>No se puede guardar su lista de alias: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="15"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="17"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="19"/>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="21"/>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="23"/>
        <source>the file is not text</source>
        <translation>el archivo no es de texto</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="25"/>
        <source>the text encoding could not be decoded</source>
        <translation>no se pudo reconocer la codificación del texto</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="27"/>
        <source>the request is not valid</source>
        <translation>la solicitud no es válida</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="29"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="67"/>
        <source>anonymous: %1</source>
        <translation>anónimo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="69"/>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="66"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>No se pueden leer las correcciones de este artículo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="89"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln corrección ya no corresponde al artículo: %1</numerusform>
            <numerusform>%Ln correcciones ya no corresponden al artículo: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="119"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>No se pueden guardar las correcciones: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="176"/>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Reassign Speaker</source>
        <translation>Reasignar hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="200"/>
        <source>Not a Quotation</source>
        <translation>No es una cita</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="229"/>
        <source>Confirm Speaker</source>
        <translation>Confirmar el hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="241"/>
        <source>Rename Actor</source>
        <translation>Renombrar actor</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="252"/>
        <source>Change Actor Kind</source>
        <translation>Cambiar tipo de actor</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="263"/>
        <source>Merge Actors</source>
        <translation>Fusionar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="274"/>
        <source>Remove Mention</source>
        <translation>Quitar mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="287"/>
        <source>Split Mention Off</source>
        <translation>Separar mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="308"/>
        <location filename="../app/gui/corrections_controller.cpp" line="322"/>
        <source>Add Mention</source>
        <translation>Añadir mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="336"/>
        <source>Add Quotation</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="370"/>
        <location filename="../app/gui/corrections_controller.cpp" line="409"/>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="425"/>
        <source>Remove Source</source>
        <translation>Quitar fuente</translation>
    </message>
</context>
<context>
    <name>FileProblemBar</name>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="88"/>
        <source>The corrections file “%1” cannot be read: %2. It is left as it is: the corrections you make are kept in this window, not saved. Save them to another file, or replace the file (the old one is kept as “%3”).</source>
        <translation>No se puede leer el archivo de correcciones «%1»: %2. Se deja como está: las correcciones que haga se conservan en esta ventana, sin guardarse. Guárdelas en otro archivo o reemplace el archivo (el antiguo se conserva como «%3»).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="94"/>
        <source>Your corrections cannot be saved to “%1”: %2. They are kept in this window: try again, or save them to another file.</source>
        <translation>No se pueden guardar sus correcciones en «%1»: %2. Se conservan en esta ventana: vuelva a intentarlo o guárdelas en otro archivo.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="107"/>
        <source>Your alias list “%1” cannot be read: %2. It is left as it is: changes to the list are kept in this window, not saved. Mend the file, or replace it (the old one is kept as “%3”).</source>
        <translation>No se puede leer su lista de alias «%1»: %2. Se deja como está: los cambios en la lista se conservan en esta ventana, sin guardarse. Repare el archivo o reemplácelo (el antiguo se conserva como «%3»).</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="113"/>
        <source>Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this window.</source>
        <translation>No se puede guardar su lista de alias en «%1»: %2. Los cambios se conservan en esta ventana.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="139"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="204"/>
        <source>Save Corrections As…</source>
        <translation>Guardar correcciones como…</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="140"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="177"/>
        <source>Replace the File</source>
        <translation>Reemplazar el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="141"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="143"/>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="142"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="188"/>
        <source>Replace the List</source>
        <translation>Reemplazar la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="158"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="168"/>
        <source>Save Corrections As</source>
        <translation>Guardar correcciones como</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="162"/>
        <source>Corrections (*.whosaid.json);;All files (*)</source>
        <translation>Correcciones (*.whosaid.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="169"/>
        <location filename="../app/gui/file_problem_bar.cpp" line="178"/>
        <source>The corrections cannot be saved to “%1”: %2.</source>
        <translation>No se pueden guardar las correcciones en «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="196"/>
        <source>Unsaved corrections</source>
        <translation>Correcciones sin guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="197"/>
        <source>Your corrections are not saved.</source>
        <translation>Sus correcciones no están guardadas.</translation>
    </message>
    <message>
        <location filename="../app/gui/file_problem_bar.cpp" line="198"/>
        <source>Your changes to the alias list are not saved.</source>
        <translation>Sus cambios en la lista de alias no están guardados.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="44"/>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="45"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="46"/>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="47"/>
        <source>Search the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="48"/>
        <source>Previous</source>
        <comment>go to the previous match</comment>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="50"/>
        <source>Next</source>
        <comment>go to the next match</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="51"/>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="52"/>
        <location filename="../app/gui/find_bar.cpp" line="53"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="54"/>
        <source>Match count</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="85"/>
        <source>No match</source>
        <translation>Ninguna coincidencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/find_bar.cpp" line="87"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="90"/>
        <source>%L1 of %L2</source>
        <comment>match number of match count</comment>
        <translation>%L1 de %L2</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="9"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Quién aparece en un artículo de prensa, quién dijo qué y citando a quién.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="28"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo leer los resaltados&lt;/h3&gt;&lt;p&gt;Cada actor del artículo se colorea según su tipo, y cada tipo tiene además su propio trazo o grosor, de modo que los resaltados se leen también sin color.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Un &lt;b&gt;declarante&lt;/b&gt; es el nombre al que se atribuye una cita; una &lt;b&gt;fuente&lt;/b&gt; es la agencia o el medio a través del cual llegaron las palabras («citado por Interfax»).&lt;/p&gt;&lt;p&gt;Sitúe el puntero sobre un nombre o una cita para ver los detalles. Haga clic en un nombre para seleccionar al actor: sus menciones aparecen en el panel Menciones; F3 y Mayús+F3 pasan a la mención siguiente y a la anterior, Esc quita la selección. Active o desactive cada tipo en la leyenda o en el menú Ver.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="10"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Reported speech</source>
        <translation>Estilo indirecto</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Speakers</source>
        <translation>Declarantes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="32"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>media</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="53"/>
        <source>solid underline, semi-bold</source>
        <translation>subrayado continuo, seminegrita</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>dashed underline</source>
        <translation>subrayado discontinuo</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dotted underline</source>
        <translation>subrayado punteado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>wavy underline</source>
        <translation>subrayado ondulado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>tinted background</source>
        <translation>fondo tintado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>pale tinted background</source>
        <translation>fondo ligeramente teñido</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>bold with a line above</source>
        <translation>negrita con una línea encima</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>italic with a line above</source>
        <translation>cursiva con una línea encima</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="40"/>
        <source>System</source>
        <comment>the language of the operating system</comment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="7"/>
        <source>Who said what, citing whom: a reader for news articles</source>
        <translation>Quién dijo qué, citando a quién: un lector de artículos de prensa</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="11"/>
        <source>The article to open (.txt, .html, .htm, .md).</source>
        <translation>El artículo que se abrirá (.txt, .html, .htm, .md).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="14"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;png&gt; y salir.</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="117"/>
        <source>Highlight legend</source>
        <translation>Leyenda de los resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/legend_bar.cpp" line="118"/>
        <source>Show:</source>
        <comment>the highlight kinds shown</comment>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Resaltando el artículo… %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>El archivo de correcciones se modificó en otro lugar: sus correcciones se han combinado con las suyas.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="188"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="190"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>Opening cancelled.</source>
        <translation>Apertura cancelada.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>the bundled sample is missing</source>
        <translation>falta el ejemplo incluido</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="303"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>No article</source>
        <translation>Ningún artículo</translation>
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
            <numerusform>%Ln mención</numerusform>
            <numerusform>%Ln menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="362"/>
        <location filename="../app/gui/main_window.cpp" line="366"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="364"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — haga clic en un nombre para seguir a un actor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="365"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="49"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>Open an article</source>
        <translation>Abrir un artículo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="53"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Artículos (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>New from &amp;Clipboard</source>
        <translation>Nuevo desde el &amp;portapapeles</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="59"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="61"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Abrir el artículo de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="63"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="65"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Guardar correcciones &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Exportar &amp;HTML anotado…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="71"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="75"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="77"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="96"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mención siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Previous M&amp;ention</source>
        <translation>Mención a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="105"/>
        <source>C&amp;lear Selection</source>
        <translation>&amp;Quitar la selección</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="113"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="114"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="126"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="128"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="130"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>&amp;Reset Zoom</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="132"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="134"/>
        <source>&amp;Serif Font</source>
        <translation>Fuente con &amp;serifa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="142"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="145"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="151"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>Cómo leer los &amp;resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="154"/>
        <source>How to read the highlights</source>
        <translation>Cómo leer los resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="160"/>
        <source>&amp;About whosaid</source>
        <translation>Acerca &amp;de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="163"/>
        <source>About whosaid</source>
        <translation>Acerca de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="172"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="178"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="180"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="187"/>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="191"/>
        <source>clipboard.txt</source>
        <translation>portapapeles.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="212"/>
        <location filename="../app/gui/main_window_commands.cpp" line="270"/>
        <source>it cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="215"/>
        <location filename="../app/gui/main_window_commands.cpp" line="273"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="225"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>Export Annotated HTML</source>
        <translation>Exportar HTML anotado</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="264"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="60"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Analysis in progress</source>
        <translation>Análisis en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="70"/>
        <source>Stop opening this article</source>
        <translation>Dejar de abrir este artículo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="71"/>
        <source>Selection</source>
        <translation>Selección</translation>
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
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="34"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="45"/>
        <source>My &amp;Aliases…</source>
        <translation>Mis &amp;alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Re&amp;view Attributions</source>
        <translation>&amp;Revisar las atribuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="47"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="158"/>
        <source>Rename Actor…</source>
        <translation>Renombrar actor…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="160"/>
        <source>Change Kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="169"/>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="173"/>
        <source>Add to My Aliases…</source>
        <translation>Añadir a mis alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="181"/>
        <source>Remove This Mention</source>
        <translation>Quitar esta mención</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="183"/>
        <source>Split This Mention Off</source>
        <translation>Separar esta mención</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="190"/>
        <source>Reassign Speaker…</source>
        <translation>Reasignar hablante…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="192"/>
        <source>Not a Quotation</source>
        <translation>No es una cita</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="201"/>
        <source>Reassign Speaker</source>
        <translation>Reasignar hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="230"/>
        <source>Merge Actors</source>
        <translation>Fusionar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="232"/>
        <source>Merge “%1” into which actor?</source>
        <translation>¿Con qué actor fusionar «%1»?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
        <source>Rename Actor</source>
        <translation>Renombrar actor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="254"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="32"/>
        <source>Add as Mention of…</source>
        <translation>Añadir como mención de…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="36"/>
        <source>Add as Quotation…</source>
        <translation>Añadir como cita…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="42"/>
        <source>Add Source…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="44"/>
        <source>Remove Source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="57"/>
        <source>A new actor:</source>
        <translation>Un actor nuevo:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="59"/>
        <source>Add as Mention</source>
        <translation>Añadir como mención</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="60"/>
        <source>“%1” is a mention of:</source>
        <translation>«%1» es una mención de:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="78"/>
        <source>Add as Quotation</source>
        <translation>Añadir como cita</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="108"/>
        <source>A medium the analysis missed, named:</source>
        <translation>Un medio que el análisis no detectó, llamado:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="110"/>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="127"/>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="111"/>
        <source>Through which medium did these words come?</source>
        <translation>¿A través de qué medio llegaron estas palabras?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections_add.cpp" line="128"/>
        <source>“%1” is not in the article, apart from names already found: a source must be named in the text.</source>
        <translation>«%1» no aparece en el artículo, salvo en nombres ya encontrados: una fuente debe estar nombrada en el texto.</translation>
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
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="52"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="53"/>
        <source>Mentions of the selected actor</source>
        <translation>Menciones del actor seleccionado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mentions_panel.cpp" line="60"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln mención</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln menciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_panel.cpp" line="63"/>
        <source>Click a name in the article to list its mentions.</source>
        <translation>Haga clic en un nombre del artículo para ver sus menciones.</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="67"/>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="71"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="73"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="75"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="77"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="86"/>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="88"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="90"/>
        <source>reported</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="96"/>
        <source>Speaker checked by a person</source>
        <translation>Hablante verificado por una persona</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="54"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="55"/>
        <source>Filter by speaker</source>
        <translation>Filtrar por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="56"/>
        <source>Filter quotations by speaker</source>
        <translation>Filtrar las citas por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="57"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="58"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Revisar las atribuciones una a una, las menos seguras primero</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="59"/>
        <source>Quotations of the article</source>
        <translation>Citas del artículo</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="43"/>
        <location filename="../app/gui/reading_view.cpp" line="165"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="117"/>
        <source>%1 of %2 checked</source>
        <translation>%1 de %2 revisadas</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="200"/>
        <source>Quotation %1 of %2 — said by %3</source>
        <translation>Cita %1 de %2 — dicha por %3</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="205"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="207"/>
        <source>corrected</source>
        <translation>corregido</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="263"/>
        <source>Review attributions</source>
        <translation>Revisión de las atribuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="264"/>
        <source>✓ Confirm (Enter)</source>
        <translation>✓ Confirmar (Intro)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="265"/>
        <source>The speaker is right: mark the attribution as verified</source>
        <translation>El hablante es correcto: marcar la atribución como verificada</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="266"/>
        <source>Reassign… (R)</source>
        <translation>Reasignar… (R)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="267"/>
        <source>Not a Quotation (N)</source>
        <translation>No es una cita (N)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="268"/>
        <source>Add Source… (S)</source>
        <translation>Añadir fuente… (S)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="270"/>
        <source>Previous quotation (←)</source>
        <translation>Cita anterior (←)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="272"/>
        <source>Next quotation (→)</source>
        <translation>Cita siguiente (→)</translation>
    </message>
    <message>
        <location filename="../app/gui/review_bar.cpp" line="273"/>
        <source>Done (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
</context>
<context>
    <name>SelectedText</name>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="30"/>
        <source>Select a name in the text first.</source>
        <translation>Seleccione primero un nombre en el texto.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="32"/>
        <source>The selection is too long for a name.</source>
        <translation>La selección es demasiado larga para un nombre.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="37"/>
        <source>The selection overlaps a mention of “%1”.</source>
        <translation>La selección se solapa con una mención de «%1».</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="42"/>
        <source>Select the quoted words first.</source>
        <translation>Seleccione primero las palabras citadas.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="45"/>
        <source>The selection overlaps a quotation already found: right-click it to reassign its speaker.</source>
        <translation>La selección se solapa con una cita ya encontrada: haga clic derecho en ella para reasignar su hablante.</translation>
    </message>
    <message>
        <location filename="../app/gui/selected_text.cpp" line="109"/>
        <source>The selection spans several paragraphs.</source>
        <translation>La selección abarca varios párrafos.</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="45"/>
        <source>unknown medium</source>
        <translation>medio desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="48"/>
        <source>no source cited</source>
        <translation>ninguna fuente citada</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="52"/>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="53"/>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By source</source>
        <translation>Por fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="94"/>
        <source>By speaker</source>
        <translation>Por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Source or speaker</source>
        <translation>Fuente o declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_model.cpp" line="125"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="33"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="34"/>
        <source>Quotations per source and per speaker</source>
        <translation>Citas por fuente y por declarante</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="28"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mención</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="31"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="36"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="41"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3&lt;br/&gt;Rule: %4</source>
        <translation>&lt;b&gt;Cita&lt;/b&gt; (%5)&lt;br/&gt;Declarante: %1&lt;br/&gt;Verbo introductor: %2&lt;br/&gt;Fuentes: %3&lt;br/&gt;Regla: %4</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="32"/>
        <source>An actor of the article:</source>
        <translation>Un actor del artículo:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="33"/>
        <source>An anonymous speaker, described as:</source>
        <translation>Un hablante anónimo, descrito como:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="34"/>
        <source>Unknown speaker</source>
        <translation>Hablante desconocido</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="42"/>
        <source>Direct quotation (the words between quotation marks)</source>
        <translation>Cita directa (las palabras entre comillas)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="44"/>
        <source>Partial quotation (a few quoted words in a sentence)</source>
        <translation>Cita parcial (unas pocas palabras citadas en una frase)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="46"/>
        <source>Indirect quotation (reported speech, no marks)</source>
        <translation>Cita indirecta (estilo indirecto, sin comillas)</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="48"/>
        <source>e.g. a senior Syrian official</source>
        <translation>p. ej. un alto funcionario sirio</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="50"/>
        <source>Who said this?</source>
        <translation>¿Quién dijo esto?</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="66"/>
        <source>Words:</source>
        <translation>Palabras:</translation>
    </message>
    <message>
        <location filename="../app/gui/speaker_dialog.cpp" line="68"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
</context>
</TS>
