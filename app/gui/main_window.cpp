#include "main_window.h"

#include "whosaid/analyzer.h"

#include <QFile>
#include <QMessageBox>
#include <QTextBrowser>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), view_(new QTextBrowser(this)) {
    setWindowTitle(tr("whosaid"));
    setCentralWidget(view_);
    resize(1000, 700);
}

bool MainWindow::openFile(const QString& path) {
    whosaid::Analyzer analyzer;
    auto doc = analyzer.analyze_file(path.toStdString(), {});
    if (!doc) {
        QMessageBox::warning(this, tr("Cannot open file"), QString::fromStdString(doc.error().message));
        return false;
    }
    QString text = QString::fromStdU16String(doc.value().text);
    view_->setPlainText(text);
    return true;
}

void MainWindow::openSample() {
    QFile sample(QStringLiteral(":/samples/sample_fr.txt"));
    if (sample.open(QIODevice::ReadOnly))
        view_->setPlainText(QString::fromUtf8(sample.readAll()));
}
