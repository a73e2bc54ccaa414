//! Drawing the chart offscreen on the window's own GPU device: for the 2x export, and for
//! exports taken while the screen is dark (exports are always light).
//!
//! One [`Offscreen`] is made the first time it is needed and kept: its own `egui::Context` (our
//! fonts, the light style) and its own `egui_wgpu::Renderer` (the window's renderer holds the
//! main context's texture ids, which would clash). A render is submitted to the queue and its
//! pixels copied into a buffer; the frame does not wait: [`Readback::poll`] is asked on later
//! frames until the GPU has mapped the buffer.

use std::sync::mpsc::{Receiver, TryRecvError};

use egui_wgpu::wgpu;

/// The format of the offscreen texture: bytes in the order a PNG wants them.
const FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// An offscreen egui: a context and a renderer of its own, on the window's device.
pub struct Offscreen {
    ctx: egui::Context,
    renderer: egui_wgpu::Renderer,
}

/// A render on its way back from the GPU.
pub struct Readback {
    device: wgpu::Device,
    buffer: wgpu::Buffer,
    size: [usize; 2],
    padded_row: usize,
    mapped: Receiver<Result<(), wgpu::BufferAsyncError>>,
}

impl Offscreen {
    /// A context with the app's fonts and the light style, and a renderer on `gpu`'s device.
    pub fn new(gpu: &egui_wgpu::RenderState) -> Self {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        ctx.set_theme(egui::Theme::Light);
        let renderer =
            egui_wgpu::Renderer::new(&gpu.device, FORMAT, egui_wgpu::RendererOptions::default());
        Self { ctx, renderer }
    }

    /// Draws `draw` on an area of `size` points at `scale` pixels per point, on white, and
    /// submits it; `draw` gives the height it used, where the picture ends (at most `size.y`).
    /// The pixels come back through the [`Readback`].
    pub fn render(
        &mut self,
        gpu: &egui_wgpu::RenderState,
        size: egui::Vec2,
        scale: f32,
        draw: impl FnMut(&mut egui::Ui) -> f32,
    ) -> Result<Readback, String> {
        let mut draw = draw;
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..Default::default()
        };
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(scale);
        let mut used = size.y;
        let mut output = self.ctx.run_ui(input, |ui| {
            used = draw(ui).clamp(1.0, size.y);
        });
        let (device, queue) = (&gpu.device, &gpu.queue);
        // The context's textures (its font atlas) live in our renderer: every change is applied
        // here, whatever happens next.
        let mut textures = std::mem::take(&mut output.textures_delta);
        #[expect(
            clippy::iter_over_hash_type,
            reason = "each texture on its own; order is free"
        )]
        for (id, deltas) in &textures.set {
            for delta in deltas {
                self.renderer.update_texture(device, queue, *id, delta);
            }
        }
        let freed = std::mem::take(&mut textures.free);
        textures.clear();
        let ppp = output.pixels_per_point;
        let width = pixels(size.x, ppp)?;
        let height = pixels(used, ppp)?;
        let jobs = self.ctx.tessellate(output.shapes, ppp);
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point: ppp,
        };
        let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
            label: Some("offscreen chart"),
        });
        let uploads = self
            .renderer
            .update_buffers(device, queue, &mut encoder, &jobs, &screen);
        let extent = wgpu::Extent3d {
            width,
            height,
            depth_or_array_layers: 1,
        };
        let texture = device.create_texture(&wgpu::TextureDescriptor {
            label: Some("offscreen chart"),
            size: extent,
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("offscreen chart"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::WHITE),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, &jobs, &screen);
        }
        let (buffer, padded_row) = copy_to_buffer(device, &mut encoder, &texture, extent)?;
        queue.submit(uploads.into_iter().chain(std::iter::once(encoder.finish())));
        #[expect(
            clippy::iter_over_hash_type,
            reason = "each texture on its own; order is free"
        )]
        for id in &freed {
            self.renderer.free_texture(id);
        }
        let (tx, rx) = std::sync::mpsc::channel();
        buffer.map_async(wgpu::MapMode::Read, .., move |result| {
            tx.send(result).ok();
        });
        Ok(Readback {
            device: device.clone(),
            buffer,
            size: [width as usize, height as usize],
            padded_row,
            mapped: rx,
        })
    }
}

impl Readback {
    /// Waits for the image (for the command line, which has no frames to wait across).
    pub fn wait(&mut self) -> Result<egui::ColorImage, String> {
        self.device
            .poll(wgpu::PollType::wait_indefinitely())
            .map_err(|e| e.to_string())?;
        match self.mapped.recv() {
            Ok(Ok(())) => self.read(),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("the GPU dropped the render".to_owned()),
        }
    }

    /// The image once the GPU is done: `None` while it works (ask again on a later frame).
    pub fn poll(&mut self) -> Option<Result<egui::ColorImage, String>> {
        // Lets the device make progress without waiting for it.
        if let Err(e) = self.device.poll(wgpu::PollType::Poll) {
            return Some(Err(e.to_string()));
        }
        match self.mapped.try_recv() {
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the GPU dropped the render".to_owned())),
            Ok(Err(e)) => Some(Err(e.to_string())),
            Ok(Ok(())) => Some(self.read()),
        }
    }

    fn read(&self) -> Result<egui::ColorImage, String> {
        let [width, height] = self.size;
        let row = width.saturating_mul(4);
        let view = self
            .buffer
            .slice(..)
            .get_mapped_range()
            .map_err(|e| e.to_string())?;
        let mut rgba = Vec::with_capacity(row.saturating_mul(height));
        for padded in view.chunks_exact(self.padded_row).take(height) {
            rgba.extend_from_slice(padded.get(..row).ok_or("short row")?);
        }
        drop(view);
        self.buffer.unmap();
        Ok(egui::ColorImage::from_rgba_premultiplied(
            [width, height],
            &rgba,
        ))
    }
}

/// Copies `texture` into a buffer the CPU can map, rows padded to the alignment the GPU asks
/// for; gives the buffer and its row length in bytes.
fn copy_to_buffer(
    device: &wgpu::Device,
    encoder: &mut wgpu::CommandEncoder,
    texture: &wgpu::Texture,
    extent: wgpu::Extent3d,
) -> Result<(wgpu::Buffer, usize), String> {
    let row = usize::try_from(extent.width)
        .ok()
        .and_then(|w| w.checked_mul(4))
        .ok_or("image too wide")?;
    let align = usize::try_from(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT).unwrap_or(256);
    let padded_row = row.div_ceil(align).saturating_mul(align);
    let rows = usize::try_from(extent.height).map_err(|e| e.to_string())?;
    let size = u64::try_from(padded_row.saturating_mul(rows)).map_err(|e| e.to_string())?;
    let buffer = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("offscreen chart pixels"),
        size,
        usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    encoder.copy_texture_to_buffer(
        texture.as_image_copy(),
        wgpu::TexelCopyBufferInfo {
            buffer: &buffer,
            layout: wgpu::TexelCopyBufferLayout {
                offset: 0,
                bytes_per_row: Some(u32::try_from(padded_row).map_err(|e| e.to_string())?),
                rows_per_image: None,
            },
        },
        extent,
    );
    Ok((buffer, padded_row))
}

/// A length in points as whole pixels at `ppp`, at least one.
fn pixels(points: f32, ppp: f32) -> Result<u32, String> {
    let px = (points * ppp).round();
    if px.is_finite() && (1.0..=16384.0).contains(&px) {
        // In range: checked just above.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a finite value between 1 and 16384"
        )]
        Ok(px as u32)
    } else {
        Err(format!("cannot draw an image of {points} points at {ppp}x"))
    }
}
