#pragma once

#include <string>

// The PDF standard security handler, revision 2 (RC4 with a 40-bit key), as the tests need it
// to make encrypted PDFs without a tool: the dictionary that goes in the file, and how each
// object's streams are encrypted.
namespace fixtures {

// The MD5 digest of bytes (16 raw bytes).
std::string md5(const std::string& bytes);

// bytes encrypted (or decrypted) with RC4 under key.
std::string rc4(const std::string& key, const std::string& bytes);

class PdfEncryption {
public:
    // file_id: the first element of the trailer's /ID; an empty user password lets any reader
    // open the file, the owner password only grants permissions.
    PdfEncryption(const std::string& user_password, const std::string& owner_password,
                  const std::string& file_id);

    // The /Encrypt dictionary.
    std::string dictionary() const;

    // What the trailer adds: /Encrypt, the dictionary's object number, and /ID.
    std::string trailer_entries(int dictionary_object) const;

    // The stream or string of object number `object` (generation 0), encrypted.
    std::string encrypt(int object, const std::string& bytes) const;

private:
    std::string key_;   // the file's 5-byte key
    std::string owner_; // /O, 32 bytes
    std::string user_;  // /U, 32 bytes
    std::string file_id_;
};

} // namespace fixtures
