#include "ShippedModel.h"
#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "classify/ModelBuilder.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace mailtide;
using namespace mailtide::classify;
using namespace mailtide::classify::testing;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(MAILTIDE_TEST_DATA "/modern/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString allReasons(const Verdict &v)
{
    QStringList out;
    for (const Reason &r : v.reasons)
        out << QStringLiteral("%1 [%2]").arg(r.text).arg(r.weight, 0, 'f', 2);
    return out.join(QStringLiteral("; "));
}

} // namespace

/** Today's mail, written for these tests (tests/data/modern), against the model Mailtide ships:
 *  the default counts (resources/model/default-model.bin, learned from a public corpus of 2002
 *  mail) and the compiled-in combiner weights. Phishing and scams in several languages must come
 *  out spam; ordinary mail must come out ham. A row that fails here is a signal the classifier
 *  is missing: it is marked, never weakened. */
class TestModern : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Model> m_model;
    std::unique_ptr<Classifier> m_classifier;

    Verdict classifyFile(const QString &name, MessageInput *input = nullptr)
    {
        const QByteArray raw = readFile(dataPath(name));
        if (raw.isEmpty())
            qFatal("cannot read %s", qPrintable(dataPath(name)));
        const MessageInput in = buildInput(raw);
        if (input)
            *input = in;
        return m_classifier->classify(in);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_model = loadShippedModel(&error);
        QVERIFY2(m_model, qPrintable(error));
        QVERIFY(m_model->spamMessages() > 100 && m_model->hamMessages() > 100);
        m_classifier = std::make_unique<Classifier>(*m_model, shippedWeights());
    }

    void classify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<store::Verdict>("expected");
        QTest::addColumn<QString>("missing"); // "": caught today; else the signal the classifier lacks (QEXPECT_FAIL)
        using V = store::Verdict;
        // The shipped combiner puts the bias at -2.27: a message on which the 2002-trained Bayes
        // and linear model have little to say (new vocabulary, another language) starts at 0.09
        // and needs about +4.5 log-odds from the rules and the structure tokens (html only, a
        // text/html part, ...) to reach 0.9, while no single rule weighs more than 3. Scores
        // below hamThreshold (0.75) read as ham, not unsure. (With the linear model the German
        // phish and the image-only offer are caught too; the ordinary messages below stay
        // below unsure: the highest, ham-receipt-shop, 0.45.)
        const QString thinBayes = u"Bayes knows little of this mail and the bias (-2.27) wins: "_s;
        // Phishing and scams.
        QTest::newRow("phish-lookalike-en") << u"spam-phish-lookalike-en.eml"_s << V::Spam << QString();
        QTest::newRow("scam-pt-banco") << u"spam-scam-pt-banco.eml"_s << V::Spam << QString();
        QTest::newRow("scam-fr-colis-douane") << u"spam-scam-fr-colis-douane.eml"_s << V::Spam << QString();
        QTest::newRow("phish-de-konto-gesperrt") << u"spam-phish-de-konto-gesperrt.eml"_s << V::Spam << QString();
        QTest::newRow("image-only-offer") << u"spam-image-only-offer.eml"_s << V::Spam << QString();
        QTest::newRow("invoice-pdf-exe") << u"spam-invoice-pdf-exe.eml"_s << V::Spam << QString();
        QTest::newRow("invoice-iso")
            << u"spam-invoice-iso.eml"_s << V::Spam
            << thinBayes + u"ham 0.69; an executable or disk-image attachment alone (weight 3.0) can never "
                           "reach unsure, let alone spam"_s;
        QTest::newRow("promo-black-friday-shortener")
            << u"spam-promo-black-friday-shortener.eml"_s << V::Spam
            << thinBayes + u"ham 0.37; shortener (1.0) and seasonal bait (0.55) are weak, and 'friday' in the "
                           "subject is hammy in the 2002 corpus; missing: a bulk promotion from an unknown "
                           "sender hiding every link behind a shortener"_s;
        // Ordinary mail.
        QTest::newRow("ham-colleague-reply") << u"ham-colleague-reply.eml"_s << V::Ham << QString();
        QTest::newRow("ham-newsletter-list") << u"ham-newsletter-list.eml"_s << V::Ham << QString();
        QTest::newRow("ham-fr-personal-note") << u"ham-fr-personal-note.eml"_s << V::Ham << QString();
        QTest::newRow("ham-github-notification") << u"ham-github-notification.eml"_s << V::Ham << QString();
        QTest::newRow("ham-receipt-shop") << u"ham-receipt-shop.eml"_s << V::Ham << QString();
    }
    void classify()
    {
        QFETCH(QString, file);
        QFETCH(store::Verdict, expected);
        QFETCH(QString, missing);
        const Verdict v = classifyFile(file);
        // The verdict, score and reasons of every row, for the report.
        qInfo("%s: %s %.3f -- %s", qPrintable(file), verdictName(v.kind), v.score, qPrintable(allReasons(v)));
        QVERIFY(v.score >= 0 && v.score <= 1);
        QVERIFY(!v.modelTooThin);
        QVERIFY(!v.reasons.empty());
        // A signal the html-only rule states is not said again by its token (the Itaú scam
        // read "HTML with no plain-text version ... typical of spam; HTML only, with no ...").
        const QString said = allReasons(v);
        if (said.contains(u"HTML only, with no plain-text version"_s))
            QVERIFY2(!said.contains(u"HTML with no plain-text version"_s), qPrintable(said));
        if (!missing.isEmpty())
            QEXPECT_FAIL("", qPrintable(missing), Continue);
        QCOMPARE(verdictName(v.kind), verdictName(expected));
    }

    /** The parser's double extension and the sniffed program reach the rules. */
    void disguisedAttachmentIsSeen()
    {
        MessageInput pdfExe, iso;
        classifyFile(u"spam-invoice-pdf-exe.eml"_s, &pdfExe);
        classifyFile(u"spam-invoice-iso.eml"_s, &iso);
        QCOMPARE(pdfExe.attachments.size(), 1);
        QVERIFY(pdfExe.attachments.first().executableOrScript);
        QVERIFY(pdfExe.attachments.first().disguised);
        QCOMPARE(iso.attachments.size(), 1);
        QVERIFY(iso.attachments.first().executableOrScript); // a disk image runs what it holds...
        QVERIFY(!iso.attachments.first().disguised);          // ...but says what it is
    }

    void lookalikePhishExplainsItself()
    {
        MessageInput in;
        const Verdict v = classifyFile(u"spam-phish-lookalike-en.eml"_s, &in);
        const QString reasons = allReasons(v);
        // The parser saw what a reader would: a link whose text shows paypal.com.
        QVERIFY(!in.links.isEmpty());
        QVERIFY(in.links.first().textShowsOtherDomain);
        // In plain words: the look-alike domain and the brand it imitates ...
        auto anyReason = [&](const QStringList &all) {
            return std::any_of(v.reasons.begin(), v.reasons.end(), [&](const Reason &r) {
                return std::all_of(all.begin(), all.end(), [&](const QString &w) { return r.text.contains(w); });
            });
        };
        QVERIFY2(anyReason({u"paypal-account-security.com"_s, u"imitates paypal"_s}), qPrintable(reasons));
        // ... and the link whose text shows one domain and goes to another, both named.
        QVERIFY2(anyReason({u"link"_s, u"www.paypal.com"_s, u"paypal-account-security.com"_s}), qPrintable(reasons));
        // Both count towards spam and come before the words typical of normal mail.
        QCOMPARE(v.kind, store::Verdict::Spam);
        QVERIFY(v.reasons.front().weight > 0);
    }

    void reasonsAreInPlainWords_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(MAILTIDE_TEST_DATA "/modern"));
        for (const QString &f : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f;
    }
    void reasonsAreInPlainWords()
    {
        // No tokenizer syntax ("b:", "skip:b40", "num:9", "url-dom:") reaches the reader.
        QFETCH(QString, file);
        static const QRegularExpression tokenSyntax(u"\\b(b|s|h|skip|num|url-dom|url-host|fromreg|hdr|att-ext):\\S"_s);
        for (const Reason &r : classifyFile(file).reasons)
            QVERIFY2(!tokenSyntax.match(r.text).hasMatch(), qPrintable(r.text));
    }

    void foreignScamsNameTheirPhrases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("pt") << u"spam-scam-pt-banco.eml"_s << u"'sua conta será bloqueada'"_s;
        QTest::newRow("fr") << u"spam-scam-fr-colis-douane.eml"_s << u"'frais de douane'"_s;
        QTest::newRow("de") << u"spam-phish-de-konto-gesperrt.eml"_s << u"'konto wurde gesperrt'"_s;
    }
    void foreignScamsNameTheirPhrases()
    {
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        const QString reasons = allReasons(classifyFile(file));
        QVERIFY2(reasons.contains(phrase), qPrintable(reasons));
    }

    void attachmentsAndLinksNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("pdf-exe") << u"spam-invoice-pdf-exe.eml"_s << u"Invoice_INV-20931.pdf.exe"_s;
        QTest::newRow("iso") << u"spam-invoice-iso.eml"_s << u"Invoice_0325.iso"_s;
        QTest::newRow("shortener") << u"spam-promo-black-friday-shortener.eml"_s << u"bit.ly"_s;
    }
    void attachmentsAndLinksNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, evidence);
        const QString reasons = allReasons(classifyFile(file));
        QVERIFY2(reasons.contains(evidence), qPrintable(reasons));
    }

    void sameVerdictFromAnImportedProfile()
    {
        // The path a new profile takes: the default model imported into SQLite, then loaded
        // from it. The counts are the same, so the score is the same to the last bit.
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(u"profile.db"_s));
        QVERIFY(db);
        Model imported;
        const Status s = importDefaultModel(*db.value(), imported, defaultModelPath());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        Model loaded;
        QVERIFY(Learner(*db.value(), loaded).load());
        QCOMPARE(loaded.tokenCount(), m_model->tokenCount());
        const MessageInput in = buildInput(readFile(dataPath(u"spam-phish-lookalike-en.eml"_s)));
        const double direct = m_classifier->classify(in, false).score;
        QCOMPARE(Classifier(loaded, shippedWeights()).classify(in, false).score, direct);
        QCOMPARE(Classifier(imported, shippedWeights()).classify(in, false).score, direct);
    }
};

QTEST_GUILESS_MAIN(TestModern)
#include "tst_modern.moc"
