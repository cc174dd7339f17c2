#pragma once
/** @short The schema, in one place: numbered forward migrations keyed by PRAGMA user_version. */
#include <span>

namespace mailtide::store {

/** migrations()[i] takes the schema from version i to version i+1. Never edit a released one:
 *  add a new one at the end. */
std::span<const char *const> migrations();

} // namespace mailtide::store
