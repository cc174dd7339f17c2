#include "FakeImapServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <optional>

namespace mailtide::test {

namespace {

QString show(const QByteArray &line)
{
    QString out;
    for (char ch : line) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

struct FakeImapServer::Private
{
    struct Conn
    {
        QPointer<QTcpSocket> socket;
        int script = -1; // index into scripts
        QByteArrayList steps;
        qsizetype step = 0;
        QByteArray tag;
        QByteArray in;
        bool awaitingAuthData = false; // AUTHENTICATE PLAIN without SASL-IR: the next line is the data
        bool ended = false;            // script finished, failed or stalled: no more steps
        bool stalled = false;
    };

    QThread thread;
    QObject *context = nullptr; // lives in thread; parent of the server and the sockets
    QTcpServer *server = nullptr;
    quint16 port = 0;

    mutable QMutex mutex;
    QWaitCondition changed;
    QList<QByteArrayList> scripts;
    int nextScript = 0;
    QList<bool> scriptEnded;
    QList<qsizetype> scriptProgress;
    QStringList problems;
    QByteArrayList received;

    template<typename F>
    void inThread(F f)
    {
        QMetaObject::invokeMethod(context, std::move(f), Qt::BlockingQueuedConnection);
    }

    void problem(const QString &p)
    {
        QMutexLocker lock(&mutex);
        problems << p;
        changed.wakeAll();
    }

    void end(Conn &c)
    {
        c.ended = true;
        QMutexLocker lock(&mutex);
        if (c.script >= 0)
            scriptEnded[c.script] = true;
        changed.wakeAll();
    }

    void onConnection(QTcpSocket *s)
    {
        auto *c = new Conn;
        c->socket = s;
        {
            QMutexLocker lock(&mutex);
            if (nextScript < scripts.size()) {
                c->script = nextScript++;
                c->steps = scripts[c->script];
            }
        }
        if (c->script < 0) {
            problem(QStringLiteral("a connection arrived with no script left"));
            s->abort();
            s->deleteLater();
            delete c;
            return;
        }
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, c] { c->in += c->socket->readAll(); run(*c); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [s] { s->deleteLater(); });
        QObject::connect(s, &QObject::destroyed, [c] { delete c; });
        run(*c);
    }

    std::optional<QByteArray> takeLine(Conn &c)
    {
        const qsizetype nl = c.in.indexOf('\n');
        if (nl < 0)
            return std::nullopt;
        QByteArray line = c.in.left(nl);
        c.in.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        QMutexLocker lock(&mutex);
        received << line;
        return line;
    }

    void send(Conn &c, const QByteArray &bytes)
    {
        if (c.socket)
            c.socket->write(bytes);
    }

    void mismatch(Conn &c, const QByteArray &expected, const QByteArray &got)
    {
        problem(QStringLiteral("script %1, step %2:\n  expected C: %3\n       got C: %4")
                    .arg(c.script + 1)
                    .arg(c.step + 1)
                    .arg(show(expected), show(got)));
        send(c, "* BYE script mismatch\r\n");
        end(c);
        c.socket->disconnectFromHost();
    }

    void progress(Conn &c)
    {
        QMutexLocker lock(&mutex);
        scriptProgress[c.script] = c.step;
    }

    /** Plays steps until one needs a line that has not arrived; after the end, answers LOGOUT. */
    void run(Conn &c)
    {
        while (!c.ended && c.step < c.steps.size()) {
            const QByteArray &st = c.steps[c.step];
            if (st.startsWith("S: ")) {
                QByteArray text = st.mid(3);
                text.replace("{tag}", c.tag);
                send(c, text + "\r\n");
            } else if (st.startsWith("SEND_RAW ")) {
                send(c, st.mid(9));
            } else if (st == "DROP") {
                ++c.step;
                progress(c);
                end(c);
                c.socket->disconnectFromHost();
                return;
            } else if (st == "STALL") {
                ++c.step;
                progress(c);
                c.stalled = true;
                end(c);
                return;
            } else if (st.startsWith("C: ")) {
                auto line = takeLine(c);
                if (!line)
                    return;
                QByteArray want = st.mid(3);
                if (want.startsWith("{tag} ")) {
                    const qsizetype sp = line->indexOf(' ');
                    if (sp > 0) {
                        c.tag = line->left(sp);
                        want.replace(0, 5, c.tag);
                    }
                }
                if (*line != want)
                    return mismatch(c, want, *line);
            } else if (st.startsWith("LOGIN ")) {
                auto line = takeLine(c);
                if (!line)
                    return;
                const qsizetype sp = line->indexOf(' ');
                const QByteArray tag = line->left(sp);
                const QByteArray cmd = sp > 0 ? line->mid(sp + 1).toUpper() : QByteArray();
                if (c.awaitingAuthData) {
                    c.awaitingAuthData = false;
                    send(c, c.tag + " OK logged in\r\n");
                } else if (cmd == "CAPABILITY") {
                    send(c, "* CAPABILITY " + st.mid(6) + "\r\n" + tag + " OK done\r\n");
                    continue; // still in the login phase
                } else if (cmd.startsWith("LOGIN ") || (cmd.startsWith("AUTHENTICATE PLAIN ") && cmd.size() > 19)) {
                    send(c, tag + " OK logged in\r\n");
                } else if (cmd == "AUTHENTICATE PLAIN") {
                    c.tag = tag;
                    c.awaitingAuthData = true;
                    send(c, "+ \r\n");
                    continue;
                } else {
                    return mismatch(c, "(CAPABILITY, LOGIN or AUTHENTICATE PLAIN)", *line);
                }
            } else {
                problem(QStringLiteral("script %1, step %2: unknown step %3").arg(c.script + 1).arg(c.step + 1).arg(show(st)));
                end(c);
                c.socket->abort();
                return;
            }
            ++c.step;
            progress(c);
        }
        if (!c.ended)
            end(c);
        // After the script: record what arrives; answer libcurl's LOGOUT (not while stalled).
        while (auto line = takeLine(c)) {
            if (c.stalled)
                continue;
            const qsizetype sp = line->indexOf(' ');
            if (sp > 0 && line->mid(sp + 1).toUpper() == "LOGOUT") {
                send(c, "* BYE logging out\r\n" + line->left(sp) + " OK done\r\n");
                c.socket->disconnectFromHost();
                return;
            }
            problem(QStringLiteral("script %1: a line after the script's end: %2").arg(c.script + 1).arg(show(*line)));
            send(c, line->left(sp) + " BAD not in the script\r\n");
        }
    }
};

FakeImapServer::FakeImapServer() : d(std::make_unique<Private>()) {}

FakeImapServer::~FakeImapServer()
{
    if (d->thread.isRunning()) {
        // The server, the sockets and their states go with the context, in its thread (QThread
        // runs deferred deletes when its loop ends).
        d->context->deleteLater();
        d->thread.quit();
        d->thread.wait();
    }
}

Status FakeImapServer::start()
{
    d->thread.setObjectName(QStringLiteral("FakeImapServer"));
    d->thread.start();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    QString error;
    d->inThread([this, &error] {
        d->server = new QTcpServer(d->context);
        if (!d->server->listen(QHostAddress::LocalHost, 0)) {
            error = d->server->errorString();
            return;
        }
        d->port = d->server->serverPort();
        QObject::connect(d->server, &QTcpServer::newConnection, d->context, [this] {
            while (QTcpSocket *s = d->server->nextPendingConnection())
                d->onConnection(s);
        });
    });
    if (!error.isEmpty())
        return Error{QStringLiteral("The fake IMAP server cannot listen"), error};
    return {};
}

quint16 FakeImapServer::port() const
{
    return d->port;
}

void FakeImapServer::addScript(const QByteArrayList &steps)
{
    QMutexLocker lock(&d->mutex);
    d->scripts << steps;
    d->scriptEnded << false;
    d->scriptProgress << 0;
}

bool FakeImapServer::waitForScripts(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&d->mutex);
    while (!deadline.hasExpired()) {
        if (std::all_of(d->scriptEnded.cbegin(), d->scriptEnded.cend(), [](bool e) { return e; }))
            return true;
        d->changed.wait(&d->mutex, deadline);
    }
    for (qsizetype i = 0; i < d->scripts.size(); ++i) {
        if (d->scriptEnded[i])
            continue;
        const qsizetype at = d->scriptProgress[i];
        d->problems << (i >= d->nextScript ? QStringLiteral("script %1 was never used (no connection for it)").arg(i + 1)
                                           : QStringLiteral("script %1 stopped at step %2: %3")
                                                 .arg(i + 1)
                                                 .arg(at + 1)
                                                 .arg(show(d->scripts[i].value(at).left(120))));
    }
    return false;
}

QStringList FakeImapServer::problems() const
{
    QMutexLocker lock(&d->mutex);
    return d->problems;
}

QByteArrayList FakeImapServer::received() const
{
    QMutexLocker lock(&d->mutex);
    return d->received;
}

void FakeImapServer::reset()
{
    d->inThread([this] {
        const auto sockets = d->context->findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            delete s;
    });
    QMutexLocker lock(&d->mutex);
    d->scripts.clear();
    d->scriptEnded.clear();
    d->scriptProgress.clear();
    d->nextScript = 0;
    d->problems.clear();
    d->received.clear();
}

QByteArray FakeImapServer::fetchStep(quint64 seq, quint64 uid, const QByteArray &message, const QByteArray &flags)
{
    return "SEND_RAW * " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid) + " FLAGS (" + flags +
           ") INTERNALDATE \"17-Jul-2023 02:44:25 +0200\" RFC822.SIZE " + QByteArray::number(message.size()) +
           " BODY[]<0> {" + QByteArray::number(message.size()) + "}\r\n" + message + ")\r\n";
}

} // namespace mailtide::test
