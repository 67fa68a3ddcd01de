// Status: the result of an operation that can fail, LevelDB style.
//
// A function that can fail returns a Status and writes its result through an
// out-pointer; the out value is meaningful only when status.ok(). Messages
// that concern an input file start with "path:line:col: " and end by saying
// what the user can do about it. No exception crosses a stage boundary.
#ifndef FOLIO_BASE_STATUS_H_
#define FOLIO_BASE_STATUS_H_

#include <string>
#include <utility>

namespace folio {

// Where in an input file something was found. line and col are 1-based;
// 0 means "unknown" and is left out of the formatted location.
struct SourceLocation {
  std::string file;
  int line = 0;
  int col = 0;

  // "file:line:col" (or shorter when line/col are unknown).
  std::string ToString() const;
};

// [[nodiscard]]: a Status dropped on the floor is an error lost; say (void) where it
// truly does not matter.
class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kConflict, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Conflict(std::string msg) { return Status(Code::kConflict, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }
  // An invalid-input error anchored at a place in a file: "file:line:col: msg".
  static Status At(const SourceLocation& where, const std::string& msg);

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace folio

// Returns early from the enclosing function when `expr` is not ok.
#define FOLIO_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::folio::Status folio_status_ = (expr);        \
    if (!folio_status_.ok()) return folio_status_; \
  } while (0)

#endif  // FOLIO_BASE_STATUS_H_
