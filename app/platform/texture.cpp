#include "platform/texture.h"

#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <cstddef>
#include <cstdint>

namespace pos::platform {

Texture upload_texture(const std::vector<std::uint8_t>& rgba, int width, int height) {
    if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4u) return {};
    if (glfwGetCurrentContext() == nullptr) return {};
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    glBindTexture(GL_TEXTURE_2D, 0);
    return {reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex)), width, height};
}

void release_texture(Texture& t) {
    if (t.id != nullptr && glfwGetCurrentContext() != nullptr) {
        const auto tex = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(t.id));
        glDeleteTextures(1, &tex);
    }
    t = {};
}

}  // namespace pos::platform
