#include "analysis_runner.h"

#include "article.h"
#include "page_fetcher.h"
#include "whosaid/analyzer.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QString reasonFor(whosaid::ErrorCode code) {
    using whosaid::ErrorCode;
    switch (code) {
    case ErrorCode::NotFound:
        return AnalysisRunner::tr("the file does not exist");
    case ErrorCode::NotAFile:
        return AnalysisRunner::tr("it is not a regular file");
    case ErrorCode::Unreadable:
        return AnalysisRunner::tr("the file cannot be read");
    case ErrorCode::TooLarge:
        return AnalysisRunner::tr("the file is too large");
    case ErrorCode::BinaryContent:
        return AnalysisRunner::tr("the file is not text");
    case ErrorCode::BadEncoding:
        return AnalysisRunner::tr("the text encoding could not be decoded");
    case ErrorCode::InvalidArgument:
        return AnalysisRunner::tr("the request is not valid");
    }
    return AnalysisRunner::tr("unknown error");
}

} // namespace

struct AnalysisRunner::Outcome {
    std::shared_ptr<const Article> article;
    std::optional<whosaid::Error> error;

    static Outcome from(whosaid::Result<whosaid::Document> result) {
        if (!result)
            return {nullptr, result.error()};
        return {std::make_shared<const Article>(std::move(result).value()), std::nullopt};
    }
};

AnalysisRunner::AnalysisRunner(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(1);
}

AnalysisRunner::~AnalysisRunner() {
    pool_.waitForDone();
}

void AnalysisRunner::analyzeFile(const QString& path) {
    const std::string file = path.toStdString();
    run(path, [file](const whosaid::Analyzer& analyzer) {
        return Outcome::from(analyzer.analyze_file(file, {}));
    });
}

void AnalysisRunner::analyzeBytes(const QByteArray& bytes, const QString& name) {
    const std::string label = name.toStdString();
    run(name, [bytes, label](const whosaid::Analyzer& analyzer) {
        return Outcome::from(analyzer.analyze_bytes(
            std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), label, {}));
    });
}

void AnalysisRunner::analyzePage(const FetchedPage& page) {
    const QString address = page.url.toString();
    whosaid::AnalysisOptions options;
    options.load.declared_encoding = page.charset.toStdString();
    options.load.format = page.format.toStdString();
    run(address, [bytes = page.bytes, address = address.toStdString(),
                  options](const whosaid::Analyzer& analyzer) {
        whosaid::Result<whosaid::Document> result = analyzer.analyze_bytes(
            std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), address,
            options);
        if (result)
            result.value().source.url = address;
        return Outcome::from(std::move(result));
    });
}

void AnalysisRunner::cancel() {
    ++generation_;
    current_ = 0;
}

void AnalysisRunner::run(const QString& label, Job job) {
    const int generation = ++generation_;
    current_ = 1; // older jobs are superseded: their results are dropped
    emit started();
    // The analyzer is created lazily on the worker: constructing it parses the lexicons.
    auto analyzer = analyzer_;
    if (!analyzer)
        analyzer = analyzer_ = std::make_shared<whosaid::Analyzer>();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, label] {
        watcher->deleteLater();
        if (generation != generation_)
            return;
        --current_;
        Outcome outcome = watcher->result();
        if (outcome.error)
            emit failed(label, reasonFor(outcome.error->code),
                        QString::fromStdString(outcome.error->message));
        else
            emit finished(outcome.article, label);
    });
    watcher->setFuture(
        QtConcurrent::run(&pool_, [analyzer, job = std::move(job)] { return job(*analyzer); }));
}
