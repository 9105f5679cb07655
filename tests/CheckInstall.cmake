# `cmake --install` into a scratch prefix: every file the README promises is in place, the
# desktop entry offers the reader for each format it reads, and the installed command line
# runs from there.
# Usage: cmake -DBUILD_DIR=… -DPREFIX=… -DGUI=ON|OFF -P CheckInstall.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE failed OUTPUT_QUIET ERROR_VARIABLE errors)
if(failed)
    message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()

set(expected bin/whosaid-cli)
if(GUI)
    list(APPEND expected
        bin/whosaid
        share/applications/org.whosaid.whosaid.desktop
        share/metainfo/org.whosaid.whosaid.metainfo.xml
        share/icons/hicolor/32x32/apps/whosaid.png
        share/icons/hicolor/64x64/apps/whosaid.png
        share/icons/hicolor/256x256/apps/whosaid.png)
endif()
foreach(path IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "cmake --install did not put ${path} in place")
    endif()
endforeach()

if(GUI)
    # Plain text, HTML, Markdown, PDF, Word, OpenDocument and e-mail, in the desktop entry
    # and in the AppStream metadata a software centre reads.
    set(types text/plain text/html text/markdown application/pdf
        application/vnd.openxmlformats-officedocument.wordprocessingml.document
        application/vnd.oasis.opendocument.text message/rfc822)
    file(READ ${PREFIX}/share/applications/org.whosaid.whosaid.desktop entry)
    string(REGEX MATCH "\nMimeType=[^\n]*" mime_line "${entry}")
    file(READ ${PREFIX}/share/metainfo/org.whosaid.whosaid.metainfo.xml metainfo)
    foreach(type IN LISTS types)
        string(FIND "${mime_line}" "=${type};" first)
        string(FIND "${mime_line}" ";${type};" later)
        if(first EQUAL -1 AND later EQUAL -1)
            message(FATAL_ERROR "the desktop entry does not list ${type}")
        endif()
        string(FIND "${metainfo}" "<mediatype>${type}</mediatype>" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "the AppStream metadata does not provide ${type}")
        endif()
    endforeach()
endif()

execute_process(COMMAND ${PREFIX}/bin/whosaid-cli --version RESULT_VARIABLE failed
                OUTPUT_VARIABLE version)
if(failed OR NOT version MATCHES "whosaid")
    message(FATAL_ERROR "the installed whosaid-cli --version failed: ${version}")
endif()
file(REMOVE_RECURSE ${PREFIX})
