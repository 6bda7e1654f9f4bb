#pragma once
// Images for ImGui::Image: RGBA pixels uploaded as an OpenGL texture of the app's window.
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace pos::platform {

struct Texture {
    ImTextureID id = nullptr;  // nullptr = none
    int width = 0;
    int height = 0;
};

// Uploads width x height RGBA8 pixels (row-major, top row first). Needs the window's GL context
// current on this thread (the UI thread of a running Runner); without one (headless tests)
// returns an empty Texture.
Texture upload_texture(const std::vector<std::uint8_t>& rgba, int width, int height);
// Deletes the texture (no-op for an empty one) and empties `t`.
void release_texture(Texture& t);

}  // namespace pos::platform
