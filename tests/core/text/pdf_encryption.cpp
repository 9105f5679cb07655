#include "text/pdf_encryption.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace fixtures {

namespace {

// The 32 bytes that pad a password (ISO 32000-1, 7.6.3.3).
const std::string padding("\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08"
                          "\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A",
                          32);

std::string padded(const std::string& password) {
    return (password + padding).substr(0, 32);
}

std::string hex(const std::string& bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

uint32_t rotate_left(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

} // namespace

std::string md5(const std::string& bytes) {
    static constexpr int shifts[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                       5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                       4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                       6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    std::array<uint32_t, 64> sines{};
    for (int i = 0; i < 64; ++i)
        sines[static_cast<size_t>(i)] =
            static_cast<uint32_t>(std::floor(std::fabs(std::sin(i + 1.0)) * 4294967296.0));
    std::string message = bytes + '\x80';
    while (message.size() % 64 != 56)
        message += '\0';
    const uint64_t bits = static_cast<uint64_t>(bytes.size()) * 8;
    for (int i = 0; i < 8; ++i)
        message += static_cast<char>((bits >> (8 * i)) & 0xFF);
    uint32_t h[4] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476};
    for (size_t block = 0; block < message.size(); block += 64) {
        uint32_t w[16];
        for (size_t i = 0; i < 16; ++i) {
            w[i] = 0;
            for (size_t b = 0; b < 4; ++b)
                w[i] |=
                    static_cast<uint32_t>(static_cast<unsigned char>(message[block + 4 * i + b]))
                    << (8 * b);
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; ++i) {
            uint32_t f = 0;
            int g = 0;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) % 16;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
            }
            const uint32_t next =
                b + rotate_left(a + f + sines[static_cast<size_t>(i)] + w[static_cast<size_t>(g)],
                                shifts[i]);
            a = d;
            d = c;
            c = b;
            b = next;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }
    std::string digest;
    for (uint32_t word : h)
        for (int i = 0; i < 4; ++i)
            digest += static_cast<char>((word >> (8 * i)) & 0xFF);
    return digest;
}

std::string rc4(const std::string& key, const std::string& bytes) {
    std::array<unsigned char, 256> s{};
    for (size_t i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    size_t j = 0;
    for (size_t i = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) % 256;
        std::swap(s[i], s[j]);
    }
    std::string out = bytes;
    size_t i = 0;
    j = 0;
    for (char& c : out) {
        i = (i + 1) % 256;
        j = (j + s[i]) % 256;
        std::swap(s[i], s[j]);
        c = static_cast<char>(static_cast<unsigned char>(c) ^ s[(s[i] + s[j]) % 256]);
    }
    return out;
}

PdfEncryption::PdfEncryption(const std::string& user_password, const std::string& owner_password,
                             const std::string& file_id)
    : file_id_(file_id) {
    // Algorithm 3: /O is the padded user password under a key drawn from the owner's.
    const std::string owner_key =
        md5(padded(owner_password.empty() ? user_password : owner_password)).substr(0, 5);
    owner_ = rc4(owner_key, padded(user_password));
    // Algorithm 2: the file key; /P -4 (every permission) as four little-endian bytes.
    key_ = md5(padded(user_password) + owner_ + std::string("\xFC\xFF\xFF\xFF", 4) + file_id)
               .substr(0, 5);
    // Algorithm 4: /U is the padding under the file key.
    user_ = rc4(key_, padding);
}

std::string PdfEncryption::dictionary() const {
    return "<< /Filter /Standard /V 1 /R 2 /Length 40 /O <" + hex(owner_) + "> /U <" + hex(user_) +
           "> /P -4 >>";
}

std::string PdfEncryption::trailer_entries(int dictionary_object) const {
    return " /Encrypt " + std::to_string(dictionary_object) + " 0 R /ID [<" + hex(file_id_) +
           "> <" + hex(file_id_) + ">]";
}

std::string PdfEncryption::encrypt(int object, const std::string& bytes) const {
    // Algorithm 1: the object's key is the file key with its number and generation.
    std::string salted = key_;
    for (int i = 0; i < 3; ++i)
        salted += static_cast<char>((object >> (8 * i)) & 0xFF);
    salted += std::string(2, '\0');
    return rc4(md5(salted).substr(0, 10), bytes);
}

} // namespace fixtures
