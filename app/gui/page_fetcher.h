#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// A web page as it arrived: its bytes, where it ended up after redirects, and what the
// server said of it.
struct FetchedPage {
    QByteArray bytes;
    QUrl url;        // the final address, after redirects
    QString charset; // from the Content-Type header; empty when the header names none
    QString format;  // "html" or "text" from the Content-Type header; empty: the loader decides
};

// Fetches a web page for the reader (File › Open Address…): http and https only, redirects
// followed (at most 10, never from https to http), no cookies sent or kept, a size cap, a
// timeout when the server stops sending, and cancel. One page at a time: fetching another
// cancels the one under way.
class PageFetcher : public QObject {
    Q_OBJECT
public:
    explicit PageFetcher(QObject* parent = nullptr);
    ~PageFetcher() override;

    // The time the server may stay silent (connecting included) before the fetch fails.
    void setTimeout(int milliseconds) { timeout_.setInterval(milliseconds); }
    int timeout() const { return timeout_.interval(); }
    // Pages larger than this fail without being read further (the loader's limit by default).
    void setMaxBytes(qint64 bytes) { maxBytes_ = bytes; }

    // Starts fetching url; finished or failed follows, unless cancelled.
    void fetch(const QUrl& url);
    // Stops the fetch under way: neither finished nor failed follows.
    void cancel();
    bool isBusy() const { return reply_ != nullptr; }

    // The web address a person typed ("lemonde.fr/x", "https://…"), or an invalid QUrl when
    // the text is not one (another scheme, no host).
    static QUrl addressFromInput(const QString& text);

signals:
    void started(const QUrl& url);
    void finished(const FetchedPage& page);
    // reason is translated and says what the person can understand ("the server answered
    // 404 (Not Found)").
    void failed(const QUrl& url, const QString& reason);

private:
    enum class Stop { None, TimedOut, TooLarge, Cancelled };

    void onReadyRead();
    void onFinished();
    void abortWith(Stop stop);
    // Why the fetch that just ended failed, in words a person understands.
    QString failureReason(const QNetworkReply& reply) const;

    QNetworkAccessManager* network_;
    QNetworkReply* reply_ = nullptr;
    QTimer timeout_;
    QByteArray received_;
    QUrl requested_;
    qint64 maxBytes_ = 50LL * 1024 * 1024;
    Stop stop_ = Stop::None;
};
