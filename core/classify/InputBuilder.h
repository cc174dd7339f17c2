#pragma once
/** @short Raw message bytes -> MessageInput (what the tokenizer and rules read). */
#include "classify/MessageInput.h"
#include "mime/ParsedMessage.h"

#include <QByteArrayView>

namespace mailtide::classify {

MessageInput buildInput(QByteArrayView raw);

/** The same from a message already parsed (an import parses once for headers and verdict). */
MessageInput buildInput(const mime::ParsedMessage &parsed);

} // namespace mailtide::classify
