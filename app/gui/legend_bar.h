#pragma once

#include "highlight_kind.h"

#include <QWidget>
#include <map>

class QAction;
class QLabel;

// A strip above the article with one toggle per highlight kind: a swatch drawn with the
// kind's own format (so the legend shows the cue, not just the colour) and its name. The
// toggles are the same QActions as the View menu's, so both stay in step. In a narrow
// window the toggles wrap onto more rows (the strip grows taller) rather than widen it.
class LegendBar : public QWidget {
    Q_OBJECT
public:
    explicit LegendBar(const std::map<HighlightKind, QAction*>& actions, QWidget* parent = nullptr);

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* label_;
};
