// Benchmark: plan and apply a hygiene move of N messages (default 5,000) on a throw-away local
// Dovecot, with MOVE and (--no-move) with COPY + UID EXPUNGE; then undo it. Prints the time of each
// step and the number of IMAP commands the apply and the undo sent (batched: a few per 500
// messages, not one per message). Not a test: run it by hand (tests/bench/hygiene_move.sh).
#include "DovecotServer.h"

#include "hygiene/Applier.h"
#include "imap/Account.h"
#include "imap/Sync.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace mailtide;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.contains(QStringLiteral("-n")) ? args.value(args.indexOf(QStringLiteral("-n")) + 1).toInt() : 5000;
    const bool noMove = args.contains(QStringLiteral("--no-move"));
    const int batch = args.contains(QStringLiteral("--batch")) ? args.value(args.indexOf(QStringLiteral("--batch")) + 1).toInt() : 500;
    const auto die = [](const QString &what, const Error &e) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.toString()));
        return 1;
    };

    test::DovecotServer server;
    test::DovecotServer::Options o;
    if (noMove)
        o.imapCapability = QStringLiteral("IMAP4rev1 SASL-IR LITERAL+ ENABLE IDLE NAMESPACE UIDPLUS CONDSTORE SPECIAL-USE");
    if (Status s = server.start(o); !s)
        return die(QStringLiteral("dovecot"), s.error());
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n + 100; ++i) {
        const bool bulk = i % (n + 100) < n;
        const QByteArray from = bulk ? "bulk@mass.example" : "friend@mail.test";
        const QByteArray m = "From: " + from + "\r\nTo: alice@example.test\r\nSubject: message " + QByteArray::number(i) +
                             "\r\nMessage-ID: <" + QByteArray::number(i) + "@bench>\r\nList-Id: <bulk.mass.example>\r\n\r\nbody " +
                             QByteArray(600, 'x') + "\r\n";
        if (Status s = server.addMessage(QStringLiteral("INBOX"), m); !s)
            return die(QStringLiteral("addMessage"), s.error());
    }
    const double fill = t.elapsed() / 1000.0;

    QTemporaryDir dir;
    QFile pw(dir.filePath(QStringLiteral("pw")));
    if (!pw.open(QIODevice::WriteOnly))
        return 1;
    pw.write(server.password().toUtf8());
    pw.close();
    auto st = store::Store::open(dir.filePath(QStringLiteral("b.db")));
    if (!st)
        return die(QStringLiteral("store"), st.error());
    store::Store &store = *st.value();
    store::ImapAccount a = server.imapsAccount(QStringLiteral("bench"));
    a.passwordCommand = QStringLiteral("cat '%1'").arg(pw.fileName());
    auto accountId = store.addImapAccount(a);
    if (!accountId)
        return die(QStringLiteral("account"), accountId.error());
    const auto endpoint = imap::endpointFor(a);
    if (!endpoint)
        return die(QStringLiteral("endpoint"), endpoint.error());
    t.restart();
    {
        imap::Connection c;
        if (Status s = c.open(endpoint.value()); !s)
            return die(QStringLiteral("connect"), s.error());
        imap::Syncer syncer(store, c);
        auto r = syncer.sync(accountId.value(), {});
        if (!r)
            return die(QStringLiteral("sync"), r.error());
    }
    const double syncS = t.elapsed() / 1000.0;

    t.restart();
    hygiene::Criteria crit;
    crit.fromAddress = QStringLiteral("bulk@mass.example");
    auto plan = hygiene::makePlan(store, QStringLiteral("bench"), QStringLiteral("INBOX"), crit, hygiene::Action::Archive,
                                  QDateTime::currentSecsSinceEpoch());
    if (!plan)
        return die(QStringLiteral("plan"), plan.error());
    const QByteArray json = plan->toJson();
    const double planS = t.elapsed() / 1000.0;

    hygiene::Applier applier(store);
    applier.setBatchSize(batch);
    imap::Connection c;
    if (Status s = c.open(endpoint.value()); !s)
        return die(QStringLiteral("connect"), s.error());
    t.restart();
    auto check = applier.check(c, plan.value());
    if (!check || !check->ok())
        return die(QStringLiteral("dry run"), check ? Error{QStringLiteral("plan does not match"), {}} : check.error());
    const double checkS = t.elapsed() / 1000.0;
    t.restart();
    auto id = applier.record(plan.value());
    if (!id)
        return die(QStringLiteral("record"), id.error());
    const double recordS = t.elapsed() / 1000.0;
    t.restart();
    auto r = applier.run(c, id.value());
    if (!r)
        return die(QStringLiteral("apply"), r.error());
    const double applyS = t.elapsed() / 1000.0;
    auto counted = server.doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"), QStringLiteral("status"),
                                   QStringLiteral("-u"), server.user(), QStringLiteral("messages"), QStringLiteral("Archive")});
    t.restart();
    auto undoId = applier.recordUndo(id.value());
    if (!undoId)
        return die(QStringLiteral("undo"), undoId.error());
    auto u = applier.run(c, undoId.value());
    if (!u)
        return die(QStringLiteral("undo"), u.error());
    const double undoS = t.elapsed() / 1000.0;

    std::printf("hygiene move of %d messages (%s, batches of %d) on local Dovecot, IMAPS\n", int(plan->items.size()),
                r->usedMove ? "UID MOVE" : "UID COPY + STORE \\Deleted + UID EXPUNGE", batch);
    std::printf("  fill Maildir      %7.3f s\n  first sync        %7.3f s\n", fill, syncS);
    std::printf("  plan (store+JSON) %7.3f s  (%lld bytes of JSON)\n", planS, qint64(json.size()));
    std::printf("  dry run (EXAMINE + UID SEARCH) %7.3f s\n", checkS);
    std::printf("  log the plan      %7.3f s\n", recordS);
    std::printf("  apply             %7.3f s  %lld IMAP commands, %d batches, %lld moved; server Archive: %s\n", applyS,
                r->commands, r->batches, r->acted, counted ? counted->trimmed().constData() : "?");
    std::printf("  undo              %7.3f s  %lld IMAP commands, %d batches, %lld moved back\n", undoS, u->commands,
                u->batches, u->acted);
    return 0;
}
