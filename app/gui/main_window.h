#pragma once

#include <QMainWindow>

class QTextBrowser;

// PLACEHOLDER (replaced by the reader window work): shows the article's paragraphs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // Opens and analyses the file; false (and a message box) when it cannot be read.
    bool openFile(const QString& path);
    // Opens the bundled sample article.
    void openSample();

private:
    QTextBrowser* view_;
};
