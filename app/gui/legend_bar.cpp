#include "legend_bar.h"

#include "flow_layout.h"
#include "highlight_style.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace {

// A tool button whose label is painted in the kind's format when checked.
class LegendButton : public QToolButton {
public:
    LegendButton(HighlightKind kind, QAction* action, QWidget* parent)
        : QToolButton(parent), kind_(kind) {
        setDefaultAction(action);
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        setAutoRaise(true);
        setFocusPolicy(Qt::TabFocus);
        // The action's text follows the language; the accessible name and size follow it.
        connect(action, &QAction::changed, this, [this, action] {
            setAccessibleName(action->text());
            updateGeometry();
        });
        setAccessibleName(action->text());
    }

protected:
    QSize sizeHint() const override {
        const QFontMetrics metrics(font());
        return {metrics.horizontalAdvance(text()) + 34, metrics.height() + 12};
    }
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        const QRect box = rect().adjusted(1, 1, -1, -1);
        if (hasFocus() || underMouse()) {
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawRoundedRect(box, 4, 4);
        }
        // Check mark square: filled when the kind is shown.
        const QRect check(box.left() + 6, box.center().y() - 5, 10, 10);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(isChecked() ? QBrush(HighlightStyle::color(kind_, dark)) : QBrush());
        painter.drawRect(check);

        QTextCharFormat format = HighlightStyle::format(kind_, dark);
        QFont labelFont = font();
        if (isChecked() && format.hasProperty(QTextFormat::FontWeight))
            labelFont.setWeight(static_cast<QFont::Weight>(format.fontWeight()));
        labelFont.setItalic(isChecked() && format.fontItalic());
        labelFont.setOverline(isChecked() && format.fontOverline());
        painter.setFont(labelFont);
        const QRect textRect = box.adjusted(check.width() + 12, 0, 0, 0);
        if (isChecked() && format.background().style() != Qt::NoBrush)
            painter.fillRect(textRect.adjusted(-2, 3, -4, -3), format.background());
        painter.setPen(
            isChecked() && format.foreground().style() != Qt::NoBrush
                ? format.foreground().color()
                : palette().color(isChecked() ? QPalette::WindowText : QPalette::PlaceholderText));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text());
        if (isChecked() && format.underlineStyle() != QTextCharFormat::NoUnderline) {
            const QFontMetrics metrics(labelFont);
            const int y = textRect.center().y() + metrics.ascent() / 2 + 3;
            QPen pen(format.underlineColor(), 1.4);
            switch (format.underlineStyle()) {
            case QTextCharFormat::DashUnderline:
                pen.setStyle(Qt::DashLine);
                break;
            case QTextCharFormat::DotLine:
                pen.setStyle(Qt::DotLine);
                break;
            default:
                break;
            }
            const int x0 = textRect.left();
            const int x1 = x0 + metrics.horizontalAdvance(text());
            if (format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                QPainterPath wave(QPointF(x0, y));
                for (int x = x0; x < x1; x += 4)
                    wave.quadTo(QPointF(x + 2, y + ((x - x0) / 4 % 2 ? 2 : -2)), QPointF(x + 4, y));
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(pen);
                painter.drawPath(wave);
            } else {
                painter.setPen(pen);
                painter.drawLine(x0, y, x1, y);
            }
        }
    }

private:
    HighlightKind kind_;
};

} // namespace

LegendBar::LegendBar(const std::map<HighlightKind, QAction*>& actions, QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)) {
    // A flow layout, so that a narrow window wraps the toggles onto more rows instead of
    // forcing its minimum width to the whole row (1,358 px in English).
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(2);
    layout->setVerticalSpacing(0);
    layout->addWidget(label_);
    for (HighlightKind kind : kAllHighlightKinds)
        layout->addWidget(new LegendButton(kind, actions.at(kind), this));
    retranslateUi();
}

void LegendBar::retranslateUi() {
    setAccessibleName(tr("Highlight legend"));
    label_->setText(tr("Show:", "the highlight kinds shown"));
}

void LegendBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
