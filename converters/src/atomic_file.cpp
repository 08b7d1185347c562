#include <retab/atomic_file.hpp>
#include <retab/diagnostic.hpp>

#include "temporary_sibling.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace retab {

temporary_sibling::temporary_sibling(std::filesystem::path target) : target_(std::move(target)) {
  const std::filesystem::path dir = target_.has_parent_path() ? target_.parent_path() : std::filesystem::path(".");
  path_ = (dir / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  fd_ = mkstemp(path_.data());
  if (fd_ < 0) {
    path_.clear();
    fail(std::strerror(errno));
  }
}

temporary_sibling::~temporary_sibling() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !path_.empty()) ::unlink(path_.c_str());
}

void temporary_sibling::fail(const std::string& reason) const {
  throw error(diagnostic{error_code::io_error, 0, 0, 0, "cannot write " + target_.string() + ": " + reason});
}

void temporary_sibling::close() {
  if (fd_ < 0) return;
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) fail(std::strerror(errno));
}

void temporary_sibling::commit() {
  close();
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::chmod(path_.c_str(), 0666 & ~mask) != 0) fail(std::strerror(errno));
  if (std::rename(path_.c_str(), target_.c_str()) != 0) fail(std::strerror(errno));
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  temporary_sibling tmp(target);
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(tmp.descriptor(), p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      tmp.fail(std::strerror(errno));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  tmp.commit();
}

}  // namespace retab
