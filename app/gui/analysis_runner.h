#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

class Article;
struct FetchedPage;
namespace whosaid {
class Analyzer;
}

// Runs the core analysis off the GUI thread. One job at a time on a private one-thread pool,
// so the single Analyzer (thread-compatible, lexicons parsed once) is never used by two
// threads at once; a newer request supersedes the result of an older one.
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    explicit AnalysisRunner(QObject* parent = nullptr);
    ~AnalysisRunner() override;

    // Analyses a file; label names it in messages.
    void analyzeFile(const QString& path);
    // Analyses bytes held in memory; name is used for format detection and messages.
    void analyzeBytes(const QByteArray& bytes, const QString& name);
    // Analyses a fetched web page with the charset and format its server gave; the page's final
    // address labels it and becomes the document's source url.
    void analyzePage(const FetchedPage& page);
    // Whether the analysis of the latest request runs.
    bool isBusy() const { return current_ > 0; }
    // Drops the result of the analysis under way: neither finished nor failed follows. The
    // work itself runs to its end off the GUI thread (the core cannot be interrupted).
    void cancel();

signals:
    void started();
    // The analysis of label succeeded.
    void finished(std::shared_ptr<const Article> article, const QString& label);
    // The analysis of label failed; reason is translated, detail is the core's message.
    void failed(const QString& label, const QString& reason, const QString& detail);

private:
    struct Outcome; // the article or the error; defined with the job in the source
    using Job = std::function<Outcome(const whosaid::Analyzer&)>;
    void run(const QString& label, Job job);

    QThreadPool pool_;
    std::shared_ptr<whosaid::Analyzer> analyzer_;
    int generation_ = 0;
    int current_ = 0; // running jobs of the latest generation
};
