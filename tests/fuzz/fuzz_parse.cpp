// libFuzzer target: the whole message parser, the header parsers and the classifier's front
// half (input builder, tokenizer with its explain trace, rules) on arbitrary bytes.
// Build and run: see README.md beside this file.
#include "classify/InputBuilder.h"
#include "classify/Rules.h"
#include "classify/Tokenizer.h"
#include "mime/AuthResults.h"
#include "mime/Html.h"
#include "mime/ListHeaders.h"
#include "mime/ParsedMessage.h"
#include "mime/Received.h"
#include "util/Domains.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_set>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtide;
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const mime::ParsedMessage m = mime::parseMessage(raw);
    for (const mime::Link &l : m.links)
        (void)util::registrableDomain(l.host);
    for (const mime::ReceivedHop &h : m.received)
        (void)util::registrableDomain(h.rdns);

    // What classification does with it: tokens (and the texts of all of them, from the trace as
    // the reasons get them), and the rules.
    const classify::MessageInput in = classify::buildInput(m);
    const classify::Tokenizer tok;
    classify::TokenTrace trace;
    const classify::TokenSet t = tok.tokenize(in, &trace);
    std::unordered_set<classify::TokenId> wanted(t.ids.begin(), t.ids.end());
    wanted.insert(t.pairs.begin(), t.pairs.end());
    (void)tok.explain(in, wanted, &trace);
    (void)classify::evaluateRules(in);

    // The header parsers and the HTML analysis straight on the bytes as well: the message
    // parser only hands them what GMime made of a header or a part.
    const QByteArrayView head = raw.first(std::min<qsizetype>(raw.size(), 4096));
    (void)mime::parseReceived(head);
    (void)mime::parseAuthResults(head);
    (void)mime::parseListUnsubscribe(head);
    (void)mime::parseListId(head);
    (void)mime::analyzeHtml(raw);
    return 0;
}
