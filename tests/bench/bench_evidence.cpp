// bench_evidence DIR... — sender evidence throughput on a folder of messages (the public sample,
// say), no network: the files are read into memory first, then parsed (mime::parseMessage) once,
// then senders::extractEvidence is timed alone over the parsed messages (best of 3 rounds),
// parse + extract together, as a classifying import pays them, and the header-only path
// (senders::attachHeaderEvidence) of an import or sync that does not classify. Prints messages/s. A developer's tool.
#include "mime/ParsedMessage.h"
#include "senders/Evidence.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <vector>

using namespace mailtide;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_evidence DIR...\n";
        return 2;
    }
    std::vector<QByteArray> raws;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                raws.push_back(f.readAll());
        }
    }
    if (raws.empty())
        return 1;
    QElapsedTimer t;
    t.start();
    std::vector<mime::ParsedMessage> parsed;
    parsed.reserve(raws.size());
    for (const QByteArray &r : raws)
        parsed.push_back(mime::parseMessage(r));
    const double parseS = double(t.nsecsElapsed()) / 1e9;
    double best = 1e9;
    qint64 items = 0;
    for (int round = 0; round < 3; ++round) {
        items = 0;
        t.restart();
        for (const mime::ParsedMessage &p : parsed)
            items += senders::extractEvidence(p).items.size();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    // The path of an import or sync that does not classify: the header block parsed for evidence.
    t.restart();
    for (const QByteArray &r : raws) {
        store::NewMessage m;
        senders::attachHeaderEvidence(m, r, {});
    }
    const double headerS = double(t.nsecsElapsed()) / 1e9;
    const double n = double(raws.size());
    out << raws.size() << " messages, " << items << " evidence items\n"
        << "extract only:    " << qint64(n / best) << " messages/s (" << best << " s)\n"
        << "parse + extract: " << qint64(n / (parseS + best)) << " messages/s (" << parseS + best << " s)\n"
        << "headers only:    " << qint64(n / headerS) << " messages/s (" << headerS << " s; parse of the header block + extract)\n";
    return 0;
}
