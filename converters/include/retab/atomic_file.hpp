// Outputs appear whole or not at all: write a temporary file in the target's
// folder, then rename it over the target.
#pragma once

#include <filesystem>
#include <string_view>

namespace retab {

/// Replaces `target` with `content`; throws retab::error (io_error) and leaves
/// no temporary file behind on failure.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace retab
