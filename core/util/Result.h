#pragma once
/** @short Errors as values (STYLE 8): what failed, with context a person can act on.
 *
 * Result<T> holds either a T or an Error. No exceptions cross module or thread
 * boundaries in Mailtide; functions that can fail return one of these. */
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mailtide {

struct Error
{
    QString message; ///< one line, plain words, already translated where user-facing
    QString detail;  ///< optional context: the offending bytes, the server's words, a path

    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/** Result of an operation that returns nothing on success. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mailtide
