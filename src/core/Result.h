#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ar {

// What went wrong, in categories the front-ends map to exit codes and dialogs (CLI.md).
enum class ErrorCode
{
    Failed = 1,
    Usage = 2,
    PermissionDenied = 3,
    InvalidInput = 4,
    NotFound = 5,
    Conflict = 6,
    // A stored value failed its integrity check (a changed byte, a value copied from elsewhere).
    // The command line exits 1, as for any failure; the code lets services audit it.
    Damaged = 7,
};

// A failure with a translated message saying what and where. `field` and `value` name the
// offending input (for forms to highlight and for import reports); `row` is set by importers.
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;
    QString field;
    QString value;
    int row = 0;

    static Error invalid(const QString& field, const QString& value, const QString& message)
    {
        return Error{ErrorCode::InvalidInput, message, field, value, 0};
    }
    static Error of(ErrorCode code, const QString& message) { return Error{code, message, {}, {}, 0}; }
    static Error denied(const QString& message) { return of(ErrorCode::PermissionDenied, message); }
};

// Either a value or an Error. The one error convention below the GUI (STYLE.md).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value, so that `for (x : f().value())` and `const T& v = f().value()` own what they
    // read instead of referring into a temporary Result that is already gone.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    const T& operator*() const { return std::get<T>(m_data); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ar
