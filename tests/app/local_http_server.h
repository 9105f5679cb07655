#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for the page-fetching tests: each path answers what
// the test wrote for it, never anything from the internet. A silent path accepts the
// connection and never answers (a stalled server); a path without a route answers 404.
class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool silent = false;    // never answer
        bool withLength = true; // false: no Content-Length, the body ends with the connection
    };

    LocalHttpServer();

    void route(const QByteArray& path, Response response) { routes_[path] = std::move(response); }
    // The address of path on this server.
    QUrl url(const QByteArray& path) const;
    // The heads (request line and headers) of the requests received, in order.
    const QList<QByteArray>& requests() const { return requests_; }

private:
    void answer(QTcpSocket* socket, const QByteArray& head);

    QTcpServer server_;
    QMap<QByteArray, Response> routes_;
    QList<QByteArray> requests_;
    QMap<QTcpSocket*, QByteArray> pending_; // what each connection sent so far
};
