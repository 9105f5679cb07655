#pragma once

#include <QCoreApplication>
#include <QString>

// The texts of the Help menu.
class HelpTexts {
    Q_DECLARE_TR_FUNCTIONS(HelpTexts)
public:
    // The About box: whosaid, Qt and ICU versions.
    static QString about();
    // "How to read the highlights": every kind with its colour and non-colour cue.
    // Followed by certainty().
    static QString highlights(bool dark);
    // The certainty marks, and that a right-click corrects.
    static QString certainty();
};
