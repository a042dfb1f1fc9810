import { ConfigurationError } from '@conduit/core';
import { describe, expect, it } from 'vitest';
import { useGenAIServer } from './helpers/use-genai-server.js';

const { mock, client } = useGenAIServer();

describe('generateImage', () => {
  it('returns the unwrapped image with its URL', async () => {
    const image = await client().generateImage({
      prompt: 'A beautiful sunset over mountains',
      model: 'dall-e-3',
      size: '1024x1024',
      quality: 'hd',
      style: 'vivid',
    });
    expect(image).toEqual({
      id: 'img_0000000001',
      url: 'https://api.example.com/images/img_0000000001.png',
      model: 'dall-e-3',
      created: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    });
  });

  it('lets the server default the size', async () => {
    const result = await client().generateImage({ prompt: 'A fox', model: 'stable-diffusion' }).withResponse();
    expect(result.data.model).toBe('stable-diffusion');
    expect(result.requestId).toBe('req_0000000001');
  });

  it.each([
    [{ prompt: 'A fox', model: 'dall-e-3', size: 'big' }, /`size` must be WIDTHxHEIGHT in pixels, such as "1024x1024" \(got "big"\)/],
    [{ prompt: 'A fox', model: 'dall-e-3', size: '0x512' }, /`size` must be WIDTHxHEIGHT/],
    [{ prompt: 'A fox', model: 'dall-e-3', quality: 'ultra' }, /`quality` must be one of "standard", "hd" \(got "ultra"\)/],
    [{ prompt: 'A fox', model: 'dall-e-3', style: 'noir' }, /`style` must be one of "natural", "vivid"/],
    [{ model: 'dall-e-3' }, /`prompt` is required/],
    [{ prompt: 'A fox', model: 'dall-e-3', n: 2 }, /unknown field `n`/],
  ])('refuses %o before sending', async (request, message) => {
    const error = await client()
      .generateImage(request as never)
      .catch((caught: unknown) => caught);
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(mock.requests).toHaveLength(0);
  });

  it.each([
    [{ prompt: 'A fox', model: 'dall-e-3', size: 'big' }, 'INVALID_IMAGE_SIZE'],
    [{ prompt: 'A fox', model: 'dall-e-3', quality: 'ultra' }, 'INVALID_IMAGE_QUALITY'],
    [{ prompt: 'A fox', model: 'gpt-4' }, 'UNSUPPORTED_MODEL'],
  ])('maps the server refusal of %o to BadRequestError %s', async (request, code) => {
    await expect(client({ validateRequests: false }).generateImage(request as never)).rejects.toMatchObject({
      name: 'BadRequestError',
      status: 400,
      code,
    });
  });
});
