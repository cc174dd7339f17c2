#include "DnsServer.h"

#include "net/Dns.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <pwd.h>
#include <unistd.h>

namespace mailtide::test {

struct DnsServer::Private
{
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
};

DnsServer::DnsServer() : d(std::make_unique<Private>()) {}

DnsServer::~DnsServer()
{
    stop();
}

quint16 DnsServer::port() const
{
    return d->port;
}

QString DnsServer::logPath() const
{
    return d->dir.filePath(QStringLiteral("queries.log"));
}

QStringList DnsServer::queries() const
{
    // "Nov 27 17:06:09 dnsmasq[29225]: query[A] 3.0.0.127.zen.test from 127.0.0.1"
    QFile f(logPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    static const QRegularExpression line(QStringLiteral(R"(: query\[(\w+)\] (\S+) from )"));
    for (const QByteArray &l : f.readAll().split('\n')) {
        const auto m = line.match(QString::fromUtf8(l));
        if (m.hasMatch())
            out << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return out;
}

int DnsServer::queryCount(const QString &name) const
{
    int n = 0;
    for (const QString &q : queries())
        if (q.section(QLatin1Char(' '), 1).compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    return n;
}

void DnsServer::stop()
{
    if (d->process.state() == QProcess::NotRunning)
        return;
    d->process.terminate();
    if (!d->process.waitForFinished(3000)) {
        d->process.kill();
        d->process.waitForFinished(3000);
    }
}

mailtide::Status DnsServer::start(const QStringList &records)
{
    stop();
    const auto error = [](const QString &why) { return mailtide::Error{QStringLiteral("Cannot start dnsmasq"), why}; };
    if (!d->dir.isValid())
        return error(QStringLiteral("no temporary directory"));
    const passwd *pw = getpwuid(getuid());
    const QString user = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("nobody");
    // A name that always answers, to know when it is up.
    QStringList config = {QStringLiteral("no-resolv"), QStringLiteral("no-hosts"), QStringLiteral("no-poll"),
                          QStringLiteral("bind-interfaces"), QStringLiteral("listen-address=127.0.0.1"),
                          QStringLiteral("local-ttl=300"), // as a zone would have; dnsmasq says 0 otherwise
                          QStringLiteral("log-queries"),
                          QStringLiteral("host-record=ready.mailtide.test,127.0.0.9")};
    config += records;
    const QString conf = d->dir.filePath(QStringLiteral("dnsmasq.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly))
        return error(f.errorString());
    f.write(config.join(QLatin1Char('\n')).toUtf8() + '\n');
    f.close();
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QUdpSocket probe; // a free port: taken by us, then given to dnsmasq (retried if lost)
            if (!probe.bind(QHostAddress::LocalHost, 0))
                return error(probe.errorString());
            d->port = probe.localPort();
        }
        d->process.setProcessChannelMode(QProcess::MergedChannels);
        d->process.start(QStringLiteral("dnsmasq"),
                         {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + conf,
                          QStringLiteral("--port=%1").arg(d->port), QStringLiteral("--user=") + user,
                          QStringLiteral("--pid-file="), QStringLiteral("--log-facility=") + logPath()});
        if (!d->process.waitForStarted(5000))
            return error(QStringLiteral("dnsmasq is missing (installer/install-deps.sh --test installs dnsmasq-base): ") +
                         d->process.errorString());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && d->process.state() == QProcess::Running) {
            net::Resolver r(net::DnsServer{address(), d->port}, 1000, 1);
            auto a = r.a(QStringLiteral("ready.mailtide.test"));
            if (a && a->status == net::DnsStatus::Found)
                return {};
            QThread::msleep(50);
        }
        const QString out = QString::fromLocal8Bit(d->process.readAll());
        stop();
        if (!out.contains(QLatin1String("Address already in use")))
            return error(out.trimmed());
    }
    return error(QStringLiteral("no free port"));
}

} // namespace mailtide::test
