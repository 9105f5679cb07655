#include "local_http_server.h"

#include <QHostAddress>
#include <QTcpSocket>

LocalHttpServer::LocalHttpServer() {
    server_.listen(QHostAddress::LocalHost);
    connect(&server_, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = server_.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray& buffer = pending_[socket];
                buffer += socket->readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer.left(end);
                pending_.remove(socket);
                answer(socket, head);
            });
        }
    });
}

QUrl LocalHttpServer::url(const QByteArray& path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                    .arg(server_.serverPort())
                    .arg(QString::fromLatin1(path)));
}

void LocalHttpServer::answer(QTcpSocket* socket, const QByteArray& head) {
    requests_ << head;
    const QByteArray path = head.split(' ').value(1);
    Response response;
    if (routes_.contains(path))
        response = routes_.value(path);
    else
        response = Response{404, "Not Found", {{"Content-Type", "text/html"}}, "<p>absent</p>"};
    if (response.silent)
        return;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.withLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
