// The temporary file behind every output: created in the target's folder, so
// that renaming it over the target is atomic, and removed unless committed.
#pragma once

#include <filesystem>
#include <string>

namespace retab {

/// A new empty file beside `target` (mkstemp). Throws retab::error
/// (io_error, with the system's reason) when it cannot be created.
class temporary_sibling {
 public:
  explicit temporary_sibling(std::filesystem::path target);
  temporary_sibling(const temporary_sibling&) = delete;
  temporary_sibling& operator=(const temporary_sibling&) = delete;
  /// Closes and removes the file unless it was committed.
  ~temporary_sibling();

  const std::string& path() const { return path_; }
  /// Open for writing until close() or commit().
  int descriptor() const { return fd_; }
  /// Closes the descriptor, for writers that open the file by name
  /// (libxlsxwriter); throws on failure.
  void close();
  /// Closes it, gives it the permissions a new file gets (mkstemp makes it
  /// owner-only: 0666 less the umask) and renames it over the target;
  /// throws on failure, and the destructor then removes it.
  void commit();
  /// Throws the io_error for this target with `reason`.
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  std::filesystem::path target_;
  std::string path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace retab
