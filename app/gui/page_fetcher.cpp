#include "page_fetcher.h"

#include "whosaid/version.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <algorithm>

namespace {

constexpr int kMaxRedirects = 10;
constexpr int kDefaultTimeoutMs = 30000;

// "text/html; charset=ISO-8859-1" → "ISO-8859-1".
QString charsetOf(const QString& contentType) {
    static const QRegularExpression charset(
        QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9._:+-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(contentType);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString formatOf(const QString& contentType) {
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return QStringLiteral("html");
    if (type == QLatin1String("text/plain"))
        return QStringLiteral("text");
    return {};
}

} // namespace

PageFetcher::PageFetcher(QObject* parent)
    : QObject(parent), network_(new QNetworkAccessManager(this)) {
    timeout_.setSingleShot(true);
    timeout_.setInterval(kDefaultTimeoutMs);
    connect(&timeout_, &QTimer::timeout, this, [this] { abortWith(Stop::TimedOut); });
}

PageFetcher::~PageFetcher() {
    cancel();
}

QUrl PageFetcher::addressFromInput(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    // A bare "www.example.org/page" means the web, not a file.
    const bool hasScheme = trimmed.contains(QStringLiteral("://"));
    QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

void PageFetcher::fetch(const QUrl& url) {
    cancel();
    requested_ = url;
    received_.clear();
    stop_ = Stop::None;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    // Cookies are neither sent nor stored: a page read is not a visit to remember.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("whosaid/%1").arg(QLatin1String(whosaid::version())));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::readyRead, this, &PageFetcher::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &PageFetcher::onFinished);
    connect(reply_, &QNetworkReply::metaDataChanged, this, [this] {
        timeout_.start();
        const QVariant length = reply_->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes_)
            abortWith(Stop::TooLarge);
    });
    timeout_.start();
    emit started(url);
}

void PageFetcher::cancel() {
    if (!reply_)
        return;
    abortWith(Stop::Cancelled);
}

void PageFetcher::onReadyRead() {
    timeout_.start();
    received_ += reply_->readAll();
    if (received_.size() > maxBytes_)
        abortWith(Stop::TooLarge);
}

void PageFetcher::abortWith(Stop stop) {
    if (!reply_)
        return;
    stop_ = stop;
    // abort() emits finished at once; onFinished tells why from stop_.
    reply_->abort();
}

void PageFetcher::onFinished() {
    timeout_.stop();
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    reply->deleteLater();
    if (stop_ == Stop::Cancelled)
        return;
    if (stop_ == Stop::None && reply->error() == QNetworkReply::NoError) {
        received_ += reply->readAll();
        if (received_.size() <= maxBytes_) {
            const QString contentType =
                reply->header(QNetworkRequest::ContentTypeHeader).toString();
            emit finished(FetchedPage{received_, reply->url(), charsetOf(contentType),
                                      formatOf(contentType)});
            received_.clear();
            return;
        }
        stop_ = Stop::TooLarge;
    }
    received_.clear();
    emit failed(requested_, failureReason(*reply));
}

QString PageFetcher::failureReason(const QNetworkReply& reply) const {
    switch (stop_) {
    case Stop::TimedOut:
        return tr("the server did not answer within %n second(s)", "",
                  std::max(1, timeout_.interval() / 1000));
    case Stop::TooLarge:
        return tr("the page is larger than %1").arg(QLocale().formattedDataSize(maxBytes_));
    case Stop::None:
    case Stop::Cancelled:
        break;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.error() == QNetworkReply::TooManyRedirectsError)
        return tr("the address redirects too many times");
    if (reply.error() == QNetworkReply::InsecureRedirectError)
        return tr("the secure address redirects to an insecure one");
    if (status >= 400)
        return tr("the server answered %1 (%2)")
            .arg(status)
            .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return tr("the page cannot be fetched: %1").arg(reply.errorString());
}
