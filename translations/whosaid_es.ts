<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActorList</name>
    <message>
        <location filename="../app/gui/actor_list.cpp" line="33"/>
        <source>Search the actors…</source>
        <translation>Buscar actores…</translation>
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
        <location filename="../app/gui/actors_panel.cpp" line="66"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="67"/>
        <location filename="../app/gui/actors_panel.cpp" line="70"/>
        <source>Filter actors</source>
        <translation>Filtrar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="68"/>
        <source>No actors yet: open an article (File › Open), or select a name in the text and right-click to add it.</source>
        <translation>Aún no hay actores: abra un artículo (Archivo › Abrir), o seleccione un nombre en el texto y haga clic derecho para añadirlo.</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="71"/>
        <source>Sort by mentions</source>
        <translation>Ordenar por menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="72"/>
        <source>Sort by quotations</source>
        <translation>Ordenar por citas</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="73"/>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="74"/>
        <source>Sort actors</source>
        <translation>Ordenar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/actors_panel.cpp" line="75"/>
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
        <location filename="../app/gui/analysis_runner.cpp" line="16"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="18"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="20"/>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="22"/>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="24"/>
        <source>the file is not text</source>
        <translation>el archivo no es de texto</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="26"/>
        <source>the text encoding could not be decoded</source>
        <translation>no se pudo reconocer la codificación del texto</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="28"/>
        <source>the request is not valid</source>
        <translation>la solicitud no es válida</translation>
    </message>
    <message>
        <location filename="../app/gui/analysis_runner.cpp" line="30"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>Article</name>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="93"/>
        <source>anonymous: %1</source>
        <translation>anónimo: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/article.cpp" line="95"/>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
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
        <translation>Párrafo %1, que empieza en la página %2 del PDF</translation>
    </message>
</context>
<context>
    <name>AttributionExplainer</name>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="17"/>
        <source>speech verb inside the quotation</source>
        <translation>verbo de habla dentro de la cita</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="18"/>
        <source>named after “according to”</source>
        <translation>nombrado tras «según»</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="20"/>
        <source>speech verb after the quotation</source>
        <translation>verbo de habla después de la cita</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="22"/>
        <source>named in an apposition after the speech verb</source>
        <translation>nombrado en aposición tras el verbo de habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="24"/>
        <source>named after the quotation, before its speech verb</source>
        <translation>nombrado tras la cita, antes del verbo de habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="27"/>
        <source>named before the quotation, with a speech verb</source>
        <translation>nombrado antes de la cita, con un verbo de habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="29"/>
        <source>the quoted words are part of the speaker’s sentence</source>
        <translation>las palabras citadas forman parte de la frase del hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="32"/>
        <source>named later in the sentence</source>
        <translation>nombrado más adelante en la frase</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="34"/>
        <source>subject of the sentence that holds the quotation, no speech verb</source>
        <translation>sujeto de la frase que contiene la cita, sin verbo de habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="37"/>
        <source>cited by the medium the quotation came through</source>
        <translation>citado por el medio que transmite la cita</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="39"/>
        <source>named in the paragraph before, with a colon</source>
        <translation>nombrado en el párrafo anterior, con dos puntos</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="40"/>
        <source>speaker of the sentence before</source>
        <translation>hablante de la frase anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="42"/>
        <source>the medium named as the source, nobody else speaks</source>
        <translation>el medio citado como fuente, nadie más habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="45"/>
        <source>agent of a passive speech verb (“by …”)</source>
        <translation>agente de un verbo de habla en pasiva («por…»)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="47"/>
        <source>named with a colon before the quotation</source>
        <translation>nombrado antes de la cita, seguido de dos puntos</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="48"/>
        <source>same speaker as the other quotation of the sentence</source>
        <translation>mismo hablante que la otra cita de la frase</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="51"/>
        <source>same speaker as the start of the quotation, over several paragraphs</source>
        <translation>mismo hablante que el inicio de la cita, en varios párrafos</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="54"/>
        <source>same speaker as the previous quotation</source>
        <translation>mismo hablante que la cita anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="56"/>
        <source>reported speech after a speech verb and “que”</source>
        <translation>estilo indirecto tras un verbo de habla y «que»</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="58"/>
        <source>reported speech after a speech verb and “that”</source>
        <translation>estilo indirecto tras un verbo de habla y «that»</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="60"/>
        <source>reported speech after a speech verb</source>
        <translation>estilo indirecto tras un verbo de habla</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="62"/>
        <source>reported speech after “selon”</source>
        <translation>estilo indirecto tras «selon»</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="64"/>
        <source>reported speech after “according to”</source>
        <translation>estilo indirecto tras «according to»</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="66"/>
        <source>reported speech, speech verb after it</source>
        <translation>estilo indirecto, verbo de habla después</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="67"/>
        <source>set by a person (correction)</source>
        <translation>fijado por una persona (corrección)</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="82"/>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="84"/>
        <source>unsure — check</source>
        <translation>dudosa — verificar</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="86"/>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="88"/>
        <source>sure</source>
        <translation>segura</translation>
    </message>
    <message>
        <location filename="../app/gui/attribution_explainer.cpp" line="111"/>
        <location filename="../app/gui/attribution_explainer.cpp" line="132"/>
        <source>no speaker found</source>
        <translation>ningún hablante encontrado</translation>
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
            <numerusform>%1; %Ln hablante a la vez</numerusform>
            <numerusform>%1; %Ln hablantes a la vez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsController</name>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="67"/>
        <source>The corrections of this article cannot be read: %1</source>
        <translation>No se pueden leer las correcciones de este artículo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/corrections_controller.cpp" line="90"/>
        <source>%Ln correction(s) no longer match the article: %1</source>
        <translation>
            <numerusform>%Ln corrección ya no corresponde al artículo: %1</numerusform>
            <numerusform>%Ln correcciones ya no corresponden al artículo: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="120"/>
        <source>The corrections cannot be saved: %1</source>
        <translation>No se pueden guardar las correcciones: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="165"/>
        <location filename="../app/gui/corrections_controller.cpp" line="169"/>
        <source>Reassign Speaker</source>
        <translation>Reasignar hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="173"/>
        <source>Not a Quotation</source>
        <translation>No es una cita</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="177"/>
        <source>Confirm Speaker</source>
        <translation>Confirmar el hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="181"/>
        <source>Rename Actor</source>
        <translation>Renombrar actor</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="185"/>
        <source>Change Actor Kind</source>
        <translation>Cambiar tipo de actor</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="189"/>
        <source>Merge Actors</source>
        <translation>Fusionar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="193"/>
        <source>Remove Mention</source>
        <translation>Quitar mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="197"/>
        <source>Split Mention Off</source>
        <translation>Separar mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="201"/>
        <location filename="../app/gui/corrections_controller.cpp" line="206"/>
        <source>Add Mention</source>
        <translation>Añadir mención</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="210"/>
        <location filename="../app/gui/corrections_controller.cpp" line="215"/>
        <source>Add Quotation</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="219"/>
        <location filename="../app/gui/corrections_controller.cpp" line="227"/>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/corrections_controller.cpp" line="231"/>
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
        <location filename="../app/gui/help_texts.cpp" line="11"/>
        <source>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Who is in a news article, who said what, citing whom.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whosaid %1&lt;/h3&gt;&lt;p&gt;Quién aparece en un artículo de prensa, quién dijo qué y citando a quién.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="30"/>
        <source>&lt;h3&gt;How to read the highlights&lt;/h3&gt;&lt;p&gt;Every actor of the article is coloured by kind, and every kind also has its own line or weight, so the highlights read without colour too.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;A &lt;b&gt;speaker&lt;/b&gt; is the name a quotation is attributed to; a &lt;b&gt;source&lt;/b&gt; is the agency or outlet the words came through (“cited by Interfax”).&lt;/p&gt;&lt;p&gt;Point at a name or a quotation for details. Click a name to select the actor: its mentions are listed in the Mentions panel; F3 and Shift+F3 go to the next and previous mention, Esc clears the selection. Switch kinds on and off in the legend or the View menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cómo leer los resaltados&lt;/h3&gt;&lt;p&gt;Cada actor del artículo se colorea según su tipo, y cada tipo tiene además su propio trazo o grosor, de modo que los resaltados se leen también sin color.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Un &lt;b&gt;declarante&lt;/b&gt; es el nombre al que se atribuye una cita; una &lt;b&gt;fuente&lt;/b&gt; es la agencia o el medio a través del cual llegaron las palabras («citado por Interfax»).&lt;/p&gt;&lt;p&gt;Sitúe el puntero sobre un nombre o una cita para ver los detalles. Haga clic en un nombre para seleccionar al actor: sus menciones aparecen en el panel Menciones; F3 y Mayús+F3 pasan a la mención siguiente y a la anterior, Esc quita la selección. Active o desactive cada tipo en la leyenda o en el menú Ver.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_texts.cpp" line="52"/>
        <source>&lt;h3&gt;How sure an attribution is&lt;/h3&gt;&lt;p&gt;Beside each quotation, in the margin, a mark tells how sure its speaker is (the Quotations panel has it too, and sorts by it):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Point at a quotation, or at its row in the Quotations panel, to read why it was attributed; selecting it outlines the words that named its speaker.&lt;/p&gt;&lt;h3&gt;Correcting&lt;/h3&gt;&lt;p&gt;The analysis can be wrong. &lt;b&gt;Right-click&lt;/b&gt; a quotation to give it another speaker, add or remove a source, or say it is not a quotation; right-click a name to rename the actor, change its kind, merge it with another or remove the mention; select words and right-click to add a mention or a quotation. Corrections are saved beside the article and undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qué tan segura es una atribución&lt;/h3&gt;&lt;p&gt;Junto a cada cita, en el margen, una marca indica qué tan seguro es su hablante (el panel Citas también la muestra y ordena por ella):&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%1&lt;/table&gt;&lt;p&gt;Señale una cita, o su fila en el panel Citas, para leer por qué se atribuyó; al seleccionarla se recuadran las palabras que nombraron a su hablante.&lt;/p&gt;&lt;h3&gt;Corregir&lt;/h3&gt;&lt;p&gt;El análisis puede equivocarse. Con un &lt;b&gt;clic derecho&lt;/b&gt; en una cita puede darle otro hablante, añadir o quitar una fuente, o indicar que no es una cita; con un clic derecho en un nombre puede renombrar al actor, cambiar su tipo, fusionarlo con otro o quitar la mención; seleccione palabras y haga clic derecho para añadir una mención o una cita. Las correcciones se guardan junto al artículo y se deshacen con Ctrl+Z.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightStyle</name>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="12"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="14"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="16"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="18"/>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="20"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="22"/>
        <source>Reported speech</source>
        <translation>Estilo indirecto</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="24"/>
        <source>Speakers</source>
        <translation>Declarantes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="26"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="34"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="36"/>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="38"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="40"/>
        <source>media</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="55"/>
        <source>solid underline, semi-bold</source>
        <translation>subrayado continuo, seminegrita</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="57"/>
        <source>dashed underline</source>
        <translation>subrayado discontinuo</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="59"/>
        <source>dotted underline</source>
        <translation>subrayado punteado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="61"/>
        <source>wavy underline</source>
        <translation>subrayado ondulado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="63"/>
        <source>tinted background</source>
        <translation>fondo tintado</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="65"/>
        <source>pale tinted background</source>
        <translation>fondo ligeramente teñido</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="67"/>
        <source>bold with a line above</source>
        <translation>negrita con una línea encima</translation>
    </message>
    <message>
        <location filename="../app/gui/highlight_style.cpp" line="69"/>
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
        <source>The article to open: a file (.txt, .html, .md, .pdf, .docx, .odt, .eml) or a web address (http, https).</source>
        <translation>El artículo que abrir: un archivo (.txt, .html, .md, .pdf, .docx, .odt, .eml) o una dirección web (http, https).</translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="15"/>
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
    <name>LoadWarningBar</name>
    <message numerus="yes">
        <location filename="../app/gui/load_warning_bar.cpp" line="60"/>
        <source>“%1” is not entirely valid UTF-8: %n byte(s) could not be read (the first at byte %2) and show as �. The rest of the text is as written.</source>
        <translation>
            <numerusform>«%1» no es UTF-8 válido en su totalidad: %n byte no se pudo leer (en el byte %2) y aparece como �. El resto del texto está tal como se escribió.</numerusform>
            <numerusform>«%1» no es UTF-8 válido en su totalidad: %n bytes no se pudieron leer (el primero en el byte %2) y aparecen como �. El resto del texto está tal como se escribió.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/load_warning_bar.cpp" line="69"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="103"/>
        <source>Highlighting the article… %1 %</source>
        <translation>Resaltando el artículo… %1 %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>The corrections file was changed elsewhere: its corrections were merged with yours.</source>
        <translation>El archivo de correcciones se modificó en otro lugar: sus correcciones se han combinado con las suyas.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="182"/>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>the bundled sample is missing</source>
        <translation>falta el ejemplo incluido</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="301"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="55"/>
        <source>Open an article</source>
        <translation>Abrir un artículo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="56"/>
        <source>Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)</source>
        <translation>Artículos (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Open &amp;Address…</source>
        <translation>Abrir una &amp;dirección…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="60"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="62"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>New from &amp;Clipboard</source>
        <translation>Nuevo desde el &amp;portapapeles</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="64"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="66"/>
        <source>Open the &amp;Sample Article</source>
        <translation>Abrir el artículo de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="68"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="70"/>
        <source>Save Corrections &amp;As…</source>
        <translation>Guardar correcciones &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="73"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Export Annotated &amp;HTML…</source>
        <translation>Exportar &amp;HTML anotado…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="76"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="78"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="80"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="82"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="89"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="92"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="94"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="97"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="99"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="101"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="104"/>
        <source>Next &amp;Mention</source>
        <translation>&amp;Mención siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="106"/>
        <source>Previous M&amp;ention</source>
        <translation>Mención a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="110"/>
        <source>C&amp;lear Selection</source>
        <translation>&amp;Quitar la selección</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="118"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="119"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="131"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="133"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="135"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>&amp;Reset Zoom</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="137"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="139"/>
        <source>&amp;Serif Font</source>
        <translation>Fuente con &amp;serifa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="147"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="150"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="155"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="156"/>
        <source>How to Read the &amp;Highlights</source>
        <translation>Cómo leer los &amp;resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="159"/>
        <source>How to read the highlights</source>
        <translation>Cómo leer los resaltados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="165"/>
        <source>&amp;About whosaid</source>
        <translation>Acerca &amp;de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="168"/>
        <source>About whosaid</source>
        <translation>Acerca de whosaid</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="177"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="183"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="185"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="192"/>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="196"/>
        <source>clipboard.txt</source>
        <translation>portapapeles.txt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Open Address</source>
        <translation>Abrir una dirección</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="209"/>
        <source>Web address of the article:</source>
        <translation>Dirección web del artículo:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="216"/>
        <source>it is not a web address (http or https)</source>
        <translation>no es una dirección web (http o https)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="232"/>
        <location filename="../app/gui/main_window_commands.cpp" line="290"/>
        <source>it cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="235"/>
        <location filename="../app/gui/main_window_commands.cpp" line="293"/>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="245"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>Export Annotated HTML</source>
        <translation>Exportar HTML anotado</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="255"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_commands.cpp" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="59"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="62"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_i18n.cpp" line="68"/>
        <source>Selection</source>
        <translation>Selección</translation>
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
        <location filename="../app/gui/main_window_corrections.cpp" line="174"/>
        <source>Rename Actor…</source>
        <translation>Renombrar actor…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="176"/>
        <source>Change Kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="185"/>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="189"/>
        <source>Add to My Aliases…</source>
        <translation>Añadir a mis alias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="197"/>
        <source>Remove This Mention</source>
        <translation>Quitar esta mención</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="199"/>
        <source>Split This Mention Off</source>
        <translation>Separar esta mención</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="206"/>
        <source>Reassign Speaker…</source>
        <translation>Reasignar hablante…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="208"/>
        <source>Not a Quotation</source>
        <translation>No es una cita</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="217"/>
        <source>Reassign Speaker</source>
        <translation>Reasignar hablante</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="246"/>
        <source>Merge Actors</source>
        <translation>Fusionar actores</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="248"/>
        <source>Merge “%1” into which actor?</source>
        <translation>¿Con qué actor fusionar «%1»?</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
        <source>Rename Actor</source>
        <translation>Renombrar actor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_corrections.cpp" line="270"/>
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
        <location filename="../app/gui/mentions_model.cpp" line="61"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/mentions_model.cpp" line="63"/>
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
    <name>OpeningProgress</name>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="32"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="45"/>
        <source>Fetching %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="69"/>
        <source>Opening cancelled.</source>
        <translation>Apertura cancelada.</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="73"/>
        <source>Analysis in progress</source>
        <translation>Análisis en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/opening_progress.cpp" line="75"/>
        <source>Stop opening this article</source>
        <translation>Dejar de abrir este artículo</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <location filename="../app/gui/page_fetcher.cpp" line="139"/>
        <source>the server did not answer within %n second(s)</source>
        <translation>
            <numerusform>el servidor no respondió en %n segundo</numerusform>
            <numerusform>el servidor no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="142"/>
        <source>the page is larger than %1</source>
        <translation>la página supera %1</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="149"/>
        <source>the address redirects too many times</source>
        <translation>la dirección redirige demasiadas veces</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="151"/>
        <source>the secure address redirects to an insecure one</source>
        <translation>la dirección segura redirige a una que no lo es</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="153"/>
        <source>the server answered %1 (%2)</source>
        <translation>el servidor respondió %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/page_fetcher.cpp" line="156"/>
        <source>the page cannot be fetched: %1</source>
        <translation>no se puede descargar la página: %1</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="113"/>
        <source>(confidence %1)</source>
        <translation>(confianza %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="134"/>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="136"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="138"/>
        <source>Speaker</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="140"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="142"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="144"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="146"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="155"/>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="157"/>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="159"/>
        <source>reported</source>
        <translation>indirecta</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_model.cpp" line="165"/>
        <source>Speaker checked by a person</source>
        <translation>Hablante verificado por una persona</translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="78"/>
        <source>Quotations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="79"/>
        <source>Filter by speaker</source>
        <translation>Filtrar por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="80"/>
        <source>Filter quotations by speaker</source>
        <translation>Filtrar las citas por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="81"/>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="82"/>
        <source>Check the attributions one by one, the least certain first</source>
        <translation>Revisar las atribuciones una a una, las menos seguras primero</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="83"/>
        <source>Quotations of the article</source>
        <translation>Citas del artículo</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="84"/>
        <source>Show All</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="85"/>
        <source>List the quotations of every speaker</source>
        <translation>Listar las citas de todos los hablantes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="147"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="150"/>
        <source>Quotations of %1: %2, %3</source>
        <translation>Citas de %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/quotes_panel.cpp" line="151"/>
        <source>%Ln to check</source>
        <translation>
            <numerusform>%Ln por verificar</numerusform>
            <numerusform>%Ln por verificar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="152"/>
        <source>Quotations of %1: %2</source>
        <translation>Citas de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="157"/>
        <source>Open an article (File › Open) to list its quotations.</source>
        <translation>Abra un artículo (Archivo › Abrir) para listar sus citas.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="159"/>
        <source>No quotation was found in this article. To add one, select its words in the text and right-click.</source>
        <translation>No se encontró ninguna cita en este artículo. Para añadir una, seleccione sus palabras en el texto y haga clic derecho.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="162"/>
        <source>%1 is not quoted. Select its words in the text and right-click to add a quotation.</source>
        <translation>%1 no es citado. Seleccione sus palabras en el texto y haga clic derecho para añadir una cita.</translation>
    </message>
    <message>
        <location filename="../app/gui/quotes_panel.cpp" line="166"/>
        <source>No speaker matches the filter.</source>
        <translation>Ningún hablante coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../app/gui/reading_view.cpp" line="44"/>
        <location filename="../app/gui/reading_view.cpp" line="177"/>
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
        <location filename="../app/gui/sources_panel.cpp" line="36"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="37"/>
        <source>Quotations per source and per speaker</source>
        <translation>Citas por fuente y por declarante</translation>
    </message>
    <message>
        <location filename="../app/gui/sources_panel.cpp" line="38"/>
        <source>No sources yet: open an article (File › Open). Quotations are counted here by the medium they came through and by speaker.</source>
        <translation>Aún no hay fuentes: abra un artículo (Archivo › Abrir). Las citas se cuentan aquí por el medio que las transmitió y por hablante.</translation>
    </message>
</context>
<context>
    <name>SpanTooltip</name>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln mención</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br/&gt;%Ln menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/span_tooltip.cpp" line="33"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="40"/>
        <source>none</source>
        <comment>no speech cue</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="44"/>
        <source>&lt;b&gt;Quotation&lt;/b&gt; (%5)&lt;br/&gt;Speaker: %1&lt;br/&gt;Certainty: %6&lt;br/&gt;Why: %4&lt;br/&gt;Cue: %2&lt;br/&gt;Sources: %3</source>
        <translation>&lt;b&gt;Cita&lt;/b&gt; (%5)&lt;br/&gt;Hablante: %1&lt;br/&gt;Certeza: %6&lt;br/&gt;Por qué: %4&lt;br/&gt;Verbo introductor: %2&lt;br/&gt;Fuentes: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/span_tooltip.cpp" line="47"/>
        <source>none</source>
        <comment>no sources</comment>
        <translation>ninguna</translation>
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
<context>
    <name>StatusSummary</name>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="17"/>
        <source>No article</source>
        <translation>Ningún artículo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="20"/>
        <location filename="../app/gui/status_summary.cpp" line="26"/>
        <source>%Ln quotation(s)</source>
        <translation>
            <numerusform>%Ln cita</numerusform>
            <numerusform>%Ln citas</numerusform>
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
            <numerusform>%Ln mención</numerusform>
            <numerusform>%Ln menciones</numerusform>
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
            <numerusform>%Ln por verificar</numerusform>
            <numerusform>%Ln por verificar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/status_summary.cpp" line="27"/>
        <source>%1, %2 — click a name to follow an actor</source>
        <translation>%1, %2 — haga clic en un nombre para seguir a un actor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/status_summary.cpp" line="28"/>
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actores</numerusform>
        </translation>
    </message>
</context>
</TS>
