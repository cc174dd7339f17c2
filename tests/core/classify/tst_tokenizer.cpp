#include "classify/Tokenizer.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace mailtide::classify;
using namespace Qt::StringLiterals;

namespace {

bool hasId(const std::vector<TokenId> &ids, TokenId id)
{
    return std::binary_search(ids.begin(), ids.end(), id);
}

MessageInput bodyOnly(const QString &text, const QString &subject = {})
{
    MessageInput m;
    m.subject = subject;
    m.text = text;
    m.messageId = QStringLiteral("1@example.org");
    m.fromAddress = QStringLiteral("alice@example.org");
    return m;
}

std::unordered_set<TokenId> asSet(const std::vector<TokenId> &v)
{
    return {v.begin(), v.end()};
}

QStringList sortedValues(const std::unordered_map<TokenId, QString> &m)
{
    QStringList out;
    for (const auto &[id, text] : m)
        out << text;
    out.sort();
    return out;
}

} // namespace

/** The tokenizer as the model sees mail (STYLE 2, 9): words() row by row, then what tokenize()
 *  and explain() make of a hand-built MessageInput. */
class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /** sortUnique's bucketed sort must give std::sort's order: sizes around its switch-over
     *  and its bucket counts, duplicates, values that share their top bits, extremes. */
    void sortUniqueMatchesStdSort()
    {
        std::mt19937_64 rng(27);
        for (const std::size_t n : {0u, 1u, 255u, 256u, 257u, 1000u, 4096u, 5000u, 70000u}) {
            for (int variant = 0; variant < 3; ++variant) {
                TokenSet t;
                for (std::size_t i = 0; i < n; ++i) {
                    TokenId h = rng();
                    if (variant == 1) h &= 0xff000000000000ffULL; // few distinct top bits, many duplicates
                    if (variant == 2 && i % 7 == 0) h = i % 2 ? ~TokenId(0) : 0;
                    t.ids.push_back(h);
                    t.pairs.push_back(h ^ 0x5555);
                }
                std::vector<TokenId> expected = t.ids;
                std::sort(expected.begin(), expected.end());
                expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
                t.sortUnique();
                QCOMPARE(t.ids, expected);
                QVERIFY(std::is_sorted(t.pairs.begin(), t.pairs.end()));
                QVERIFY(std::adjacent_find(t.pairs.begin(), t.pairs.end()) == t.pairs.end());
            }
        }
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ascii-lower-cased") << QStringLiteral("Hello WORLD again") << QStringList{u"hello"_s, u"world"_s, u"again"_s};
        QTest::newRow("punctuation-splits") << QStringLiteral("one,two;three (four)")
                                            << QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s};
        QTest::newRow("single-latin-letters-dropped") << QStringLiteral("a b c ok") << QStringList{u"ok"_s};
        QTest::newRow("accents-folded-kept") << QStringLiteral("Élève ÉCOLE café")
                                             << QStringList{QStringLiteral("élève"), QStringLiteral("école"), QStringLiteral("café")};
        QTest::newRow("german-eszett-kept") << QStringLiteral("Straße") << QStringList{QStringLiteral("straße")};
        QTest::newRow("german-capital-eszett-folds-to-eszett") << QStringLiteral("STRAẞE") << QStringList{QStringLiteral("straße")};
        QTest::newRow("german-umlaut") << QStringLiteral("ÜBER Größe") << QStringList{QStringLiteral("über"), QStringLiteral("größe")};
        QTest::newRow("cjk-single-ideographs-kept") << QStringLiteral("我 爱 你")
                                                    << QStringList{QStringLiteral("我"), QStringLiteral("爱"), QStringLiteral("你")};
        // Chinese and Japanese have no spaces: a run is read as its overlapping character pairs.
        QTest::newRow("cjk-run-as-pairs") << QStringLiteral("免费 中文邮件")
                                          << QStringList{QStringLiteral("免费"), QStringLiteral("中文"),
                                                         QStringLiteral("文邮"), QStringLiteral("邮件")};
        QTest::newRow("cjk-inside-latin-splits") << QStringLiteral("abc中文def")
                                                 << QStringList{u"abc"_s, QStringLiteral("中文"), u"def"_s};
        QTest::newRow("kana-pairs") << QStringLiteral("カタカナ")
                                    << QStringList{QStringLiteral("カタ"), QStringLiteral("タカ"), QStringLiteral("カナ")};
        QTest::newRow("long-cjk-run-not-skipped")
            << QString(45, QChar(0x4e2d)) << QStringList(44, QString(2, QChar(0x4e2d)));
        QTest::newRow("dollar-amount-kept") << QStringLiteral("only $100 today") << QStringList{u"only"_s, u"$100"_s, u"today"_s};
        QTest::newRow("percent-kept") << QStringLiteral("100% off") << QStringList{u"100%"_s, u"off"_s};
        QTest::newRow("trailing-bangs-kept") << QStringLiteral("FREE!!!") << QStringList{u"free!!!"_s};
        QTest::newRow("leading-bangs-dropped") << QStringLiteral("!!!free") << QStringList{u"free"_s};
        QTest::newRow("trailing-dots-dropped") << QStringLiteral("The end. Really...") << QStringList{u"the"_s, u"end"_s, u"really"_s};
        QTest::newRow("inner-dots-kept") << QStringLiteral("see example.com now") << QStringList{u"see"_s, u"example.com"_s, u"now"_s};
        QTest::newRow("edge-quotes-and-dashes-dropped") << QStringLiteral("'quoted' -dash- don't")
                                                        << QStringList{u"quoted"_s, u"dash"_s, u"don't"_s};
        QTest::newRow("address-is-one-word") << QStringLiteral("mail Bob@Example.COM.") << QStringList{u"mail"_s, u"bob@example.com"_s};
        QTest::newRow("four-digits-kept") << QStringLiteral("in 2024") << QStringList{u"in"_s, u"2024"_s};
        QTest::newRow("long-digit-run-num-class") << QStringLiteral("order 123456789") << QStringList{u"order"_s, u"num:9"_s};
        QTest::newRow("five-digits-num-class") << QStringLiteral("12345") << QStringList{u"num:5"_s};
        QTest::newRow("long-run-skip-class") << QStringLiteral("x ") + QString(45, QLatin1Char('Q')) + QStringLiteral(" y ok")
                                             << QStringList{u"skip:q40"_s, u"ok"_s};
        QTest::newRow("forty-chars-still-a-word") << QString(40, QLatin1Char('k')) << QStringList{QString(40, QLatin1Char('k'))};
        QTest::newRow("forty-one-chars-skip") << QString(41, QLatin1Char('k')) << QStringList{u"skip:k40"_s};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("only-punctuation") << QStringLiteral("... --- !!!") << QStringList{};
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mailtide::classify::words(text), expected);
    }

    void wordsMaxWords()
    {
        QCOMPARE(mailtide::classify::words(u"one two three four", 2), (QStringList{u"one"_s, u"two"_s}));
        // Dropped single letters do not count against the cap.
        QCOMPARE(mailtide::classify::words(u"a one b two c three", 2), (QStringList{u"one"_s, u"two"_s}));
    }

    void tokenizeIsDeterministic()
    {
        MessageInput m = bodyOnly(QStringLiteral("Dear friend, claim your $100 prize today!!!"), QStringLiteral("Your prize"));
        m.headers = {{QStringLiteral("X-Mailer"), QStringLiteral("Mailer 2.1")}, {QStringLiteral("List-Id"), QStringLiteral("news.example.org")}};
        m.links = {{QStringLiteral("https://prize.example.net/x"), QStringLiteral("prize.example.net"), QStringLiteral("example.net"),
                    QStringLiteral("claim"), false, false, QString()}};
        const TokenSet a = Tokenizer().tokenize(m);
        const TokenSet b = Tokenizer().tokenize(m);
        const TokenSet c = Tokenizer().tokenize(MessageInput(m));
        QVERIFY(!a.ids.empty());
        QVERIFY(!a.pairs.empty());
        QCOMPARE(a.ids, b.ids);
        QCOMPARE(a.pairs, b.pairs);
        QCOMPARE(a.ids, c.ids);
        QVERIFY(std::is_sorted(a.ids.begin(), a.ids.end()));
        QVERIFY(std::adjacent_find(a.ids.begin(), a.ids.end()) == a.ids.end());
        QVERIFY(std::adjacent_find(a.pairs.begin(), a.pairs.end()) == a.pairs.end());
        // The ids are the documented hash of prefix + text (the default model depends on it).
        QVERIFY(hasId(a.ids, tokenId("b:", u"prize")));
        QVERIFY(hasId(a.ids, tokenId("b:", u"$100")));
        QVERIFY(hasId(a.ids, tokenId("b:", u"today!!!")));
    }

    void tokenIdOverloadsAgreeOnAscii()
    {
        QCOMPARE(tokenId("b:", QByteArrayView("click")), tokenId("b:", QStringView(u"click")));
        QVERIFY(tokenId("b:", u"click") != tokenId("s:", u"click"));
    }

    void pairsAreAdjacentOnly()
    {
        const MessageInput m = bodyOnly(QStringLiteral("alpha beta gamma"));
        const Tokenizer tok;
        QCOMPARE(tok.params().osbWindow, 2);
        const TokenSet t = tok.tokenize(m);
        QCOMPARE(t.pairs.size(), size_t(2)); // alpha-beta, beta-gamma; never alpha-gamma
        QCOMPARE(sortedValues(tok.explain(m, asSet(t.pairs))), (QStringList{u"b:alpha beta"_s, u"b:beta gamma"_s}));
        // The words are single tokens, not pairs.
        QVERIFY(hasId(t.ids, tokenId("b:", u"alpha")));
        QVERIFY(!hasId(t.pairs, tokenId("b:", u"alpha")));
    }

    void pairs_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("bodyBigrams");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("window-3-adds-gap-pair") << 3 << true << QStringList{u"b:alpha beta"_s, u"b:alpha … gamma"_s, u"b:beta gamma"_s};
        QTest::newRow("window-1-words-only") << 1 << true << QStringList{};
        QTest::newRow("window-0-words-only") << 0 << true << QStringList{};
        QTest::newRow("body-bigrams-off") << 2 << false << QStringList{};
    }
    void pairs()
    {
        QFETCH(int, window);
        QFETCH(bool, bodyBigrams);
        QFETCH(QStringList, expected);
        TokenizerParams p;
        p.osbWindow = window;
        p.bodyBigrams = bodyBigrams;
        const Tokenizer tok(p);
        const MessageInput m = bodyOnly(QStringLiteral("alpha beta gamma"));
        const TokenSet t = tok.tokenize(m);
        QCOMPARE(t.pairs.size(), size_t(expected.size()));
        QCOMPARE(sortedValues(tok.explain(m, asSet(t.pairs))), expected);
    }

    void noPairAcrossPlainAndHtmlText()
    {
        MessageInput m = bodyOnly(QStringLiteral("alpha"));
        m.htmlText = QStringLiteral("beta");
        QVERIFY(Tokenizer().tokenize(m).pairs.empty());
    }

    void subjectAndBodyWordsDiffer()
    {
        const MessageInput m = bodyOnly(QStringLiteral("invoice attached"), QStringLiteral("Invoice"));
        const TokenSet t = Tokenizer().tokenize(m);
        const TokenId subj = tokenId("s:", u"invoice");
        const TokenId body = tokenId("b:", u"invoice");
        QVERIFY(subj != body);
        QVERIFY(hasId(t.ids, subj));
        QVERIFY(hasId(t.ids, body));
        // A word only in the body has no subject token.
        QVERIFY(!hasId(t.ids, tokenId("s:", u"attached")));
        const auto texts = Tokenizer().explain(m, {subj, body});
        QCOMPARE(texts.at(subj), QStringLiteral("s:invoice"));
        QCOMPARE(texts.at(body), QStringLiteral("b:invoice"));
    }

    void emptySubjectHasItsOwnToken()
    {
        const TokenSet t = Tokenizer().tokenize(bodyOnly(QStringLiteral("hello there")));
        QVERIFY(hasId(t.ids, tokenId("s:", u"(none)")));
    }

    void earlierFiltersVerdictsIgnored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("x-spam-status") << QStringLiteral("X-Spam-Status") << QStringLiteral("Yes, score=15.2 required=5.0");
        QTest::newRow("x-spam-flag") << QStringLiteral("X-Spam-Flag") << QStringLiteral("YES");
        QTest::newRow("x-spam-level") << QStringLiteral("X-Spam-Level") << QStringLiteral("***************");
        QTest::newRow("x-spam-checker-version") << QStringLiteral("X-Spam-Checker-Version") << QStringLiteral("SpamAssassin 4.0.0");
        QTest::newRow("x-spam-lower-case-name") << QStringLiteral("x-spam-score") << QStringLiteral("12.3");
        QTest::newRow("x-bogosity") << QStringLiteral("X-Bogosity") << QStringLiteral("Spam, tests=bogofilter");
    }
    void earlierFiltersVerdictsIgnored()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const MessageInput plain = bodyOnly(QStringLiteral("quarterly report attached"), QStringLiteral("Report"));
        MessageInput marked = plain;
        marked.headers.append({name, value});
        const TokenSet a = Tokenizer().tokenize(plain);
        const TokenSet b = Tokenizer().tokenize(marked);
        QCOMPARE(b.ids, a.ids);
        QCOMPARE(b.pairs, a.pairs);
    }

    void otherHeadersDoMakeTokens()
    {
        // The control for the rows above: an ordinary header changes the tokens.
        const MessageInput plain = bodyOnly(QStringLiteral("quarterly report attached"));
        MessageInput withMailer = plain;
        withMailer.headers.append({QStringLiteral("X-Mailer"), QStringLiteral("Thunderbird 115")});
        const TokenSet t = Tokenizer().tokenize(withMailer);
        QVERIFY(t.ids != Tokenizer().tokenize(plain).ids);
        QVERIFY(hasId(t.ids, tokenId("hdr:", u"x-mailer")));
        QVERIFY(hasId(t.ids, tokenId("mailer:", u"thunderbird")));
    }

    void maxWordsCapsTheBody()
    {
        QStringList body;
        for (int i = 0; i < 100; ++i)
            body << QStringLiteral("word%1x").arg(i);
        TokenizerParams p;
        p.maxWords = 10;
        const TokenSet t = Tokenizer(p).tokenize(bodyOnly(body.join(QLatin1Char(' '))));
        QVERIFY(hasId(t.ids, tokenId("b:", u"word9x")));
        QVERIFY(!hasId(t.ids, tokenId("b:", u"word10x")));
        QCOMPARE(t.pairs.size(), size_t(9));
    }

    void explainReturnsWantedTexts()
    {
        MessageInput m = bodyOnly(QStringLiteral("Please click here now"), QStringLiteral("Act fast"));
        m.links = {{QStringLiteral("http://198.51.100.7/login"), QStringLiteral("198.51.100.7"), QString(), QStringLiteral("www.paypal.com"),
                    true, true, QStringLiteral("paypal.com")}};
        const Tokenizer tok;
        const TokenSet t = tok.tokenize(m);
        const auto pairs = tok.explain(m, asSet(t.pairs));
        QStringList pairTexts = sortedValues(pairs);
        QVERIFY2(pairTexts.contains(QStringLiteral("b:click here")), qPrintable(pairTexts.join(u'|')));
        QVERIFY(pairTexts.contains(QStringLiteral("s:act fast")));

        const TokenId click = tokenId("b:", u"click");
        const TokenId ip = tokenId("url:", u"ip-literal");
        const TokenId mismatch = tokenId("url:", u"text-shows-other-domain");
        const TokenId absent = tokenId("b:", u"absent");
        const auto texts = tok.explain(m, {click, ip, mismatch, absent});
        QCOMPARE(texts.size(), size_t(3));
        QCOMPARE(texts.at(click), QStringLiteral("b:click"));
        QCOMPARE(texts.at(ip), QStringLiteral("url:ip-literal"));
        QCOMPARE(texts.at(mismatch), QStringLiteral("url:text-shows-other-domain"));
        QVERIFY(!texts.count(absent));
        // Every id tokenize() returns can be explained.
        QCOMPARE(tok.explain(m, asSet(t.ids)).size(), t.ids.size());
        QCOMPARE(pairs.size(), t.pairs.size());
    }

    void explainWithTraceAgreesWithoutTrace_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("pairs") << 2;
        QTest::newRow("window-3") << 3;
        QTest::newRow("words-only") << 1;
    }
    void explainWithTraceAgreesWithoutTrace()
    {
        // The trace rebuilds the texts of words and pairs from where the words are: the same
        // texts as a second tokenizer pass, for every token, whatever the shape of the words.
        QFETCH(int, window);
        MessageInput m = bodyOnly(QStringLiteral("Hello, WORLD! order 123456789 $100 100% Élève STRAẞE 我 爱 x ") +
                                      QString(45, QLatin1Char('Q')) + QStringLiteral(" free!!! 'quoted' end."),
                                  QStringLiteral("Re: Your INVOICE 12345 is ready"));
        m.htmlText = QStringLiteral("Click here now\nmail Bob@Example.COM. café crème");
        m.headers = {{QStringLiteral("X-Spam-Status"), QStringLiteral("No, score=1.0")}, // skipped
                     {QStringLiteral("X-Mailer"), QStringLiteral("Mailer 5.0")},
                     {QStringLiteral("List-Id"), QStringLiteral("<news.example.org>")},
                     {QStringLiteral("Received"), QStringLiteral("from a.example by b.example; Mon, 1 Jan 2024")},
                     {QStringLiteral("Subject"), QStringLiteral("Re: Your INVOICE")}};
        m.hops = {{QStringLiteral("helo.example"), QStringLiteral("mx.sender.example"), QStringLiteral("192.0.2.1"),
                   QStringLiteral("mx.example.org")}};
        TokenizerParams p;
        p.osbWindow = window;
        const Tokenizer tok(p);
        TokenTrace trace;
        const TokenSet t = tok.tokenize(m, &trace);
        QCOMPARE(t.ids, tok.tokenize(m).ids);
        QCOMPARE(t.pairs, tok.tokenize(m).pairs);
        std::unordered_set<TokenId> all = asSet(t.ids);
        all.insert(t.pairs.begin(), t.pairs.end());
        const auto traced = tok.explain(m, all, &trace);
        const auto again = tok.explain(m, all);
        QCOMPARE(traced.size(), t.size());
        QCOMPARE(traced, again);
        // A few wanted ids only, from every part.
        const std::unordered_set<TokenId> few = {tokenId("b:", u"num:9"), tokenId("s:", u"invoice"), tokenId("b:", u"skip:q40"),
                                                 tokenId("hdr:", u"x-mailer"), tokenId("rcv-ip16:", u"192.0"),
                                                 tokenId("h:list-id:", u"news.example.org")};
        QCOMPARE(tok.explain(m, few, &trace), tok.explain(m, few));
        QCOMPARE(tok.explain(m, few, &trace).size(), few.size());
        // An empty subject's "(none)" token.
        m.subject.clear();
        TokenTrace trace2;
        const TokenSet t2 = tok.tokenize(m, &trace2);
        std::unordered_set<TokenId> all2 = asSet(t2.ids);
        all2.insert(t2.pairs.begin(), t2.pairs.end());
        QCOMPARE(tok.explain(m, all2, &trace2), tok.explain(m, all2));
    }

    void senderAndStructureTokens()
    {
        MessageInput m = bodyOnly(QStringLiteral("hello"));
        m.fromAddress = QStringLiteral("Billing@Mail.Example.co.uk");
        m.replyTo = QStringLiteral("someone@gmail.com");
        m.attachments = {{QStringLiteral("invoice.pdf.exe"), QStringLiteral("application/octet-stream"),
                          QStringLiteral("application/x-msdownload"), 1000, true, true}};
        const std::unordered_set<TokenId> wanted = {
            tokenId("from:", u"billing@mail.example.co.uk"), tokenId("fromreg:", u"example.co.uk"),
            tokenId("replyto-differs:", u"yes"), tokenId("att-ext:", u"exe"), tokenId("att:", u"executable")};
        const TokenSet t = Tokenizer().tokenize(m);
        for (TokenId id : wanted)
            QVERIFY(hasId(t.ids, id));
        QCOMPARE(sortedValues(Tokenizer().explain(m, wanted)),
                 (QStringList{u"att-ext:exe"_s, u"att:executable"_s, u"from:billing@mail.example.co.uk"_s, u"fromreg:example.co.uk"_s,
                              u"replyto-differs:yes"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
