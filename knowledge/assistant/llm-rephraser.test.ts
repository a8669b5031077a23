import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { langchainChatModel, openAiCompatibleChatModel } from '../../models/llm/chat-model';
import { openCatalogue } from '../catalogue/open';
import { createSearchEngine } from '../retrieval/index';
import { loadSampleCatalogue, seedSampleCatalogueIfEmpty } from '../sample/seed';
import { createAssistant } from './index';
import { createLlmRephraser } from './llm-rephraser';

const repository = openCatalogue(mkdtempSync(path.join(tmpdir(), 'llm-')));
seedSampleCatalogueIfEmpty(repository);
const engine = createSearchEngine(loadSampleCatalogue());
const question = 'lệ phí đăng ký khai sinh bao nhiêu';

describe('LLM rephrasing with a grounding verifier', () => {
  it('uses a faithful rephrasing from langchain fake chat model', async () => {
    const faithful = 'Dạ, đăng ký khai sinh (mã thủ tục 1.001193) được miễn lệ phí. Thời hạn: 1 ngày làm việc.';
    const assistant = createAssistant({ repository, engine, rephraser: createLlmRephraser(langchainChatModel(new FakeListChatModel({ responses: [faithful] }))) });
    const response = await assistant.ask({ question });
    expect(response.answer).toBe(faithful);
    expect(response.citations).toEqual(['1.001193']);
  });

  it('rejects an invented fee and falls back to the composed answer', async () => {
    const reasons: string[][] = [];
    const invented = 'Đăng ký khai sinh (mã thủ tục 1.001193) có lệ phí 75.000 đồng.';
    const assistant = createAssistant({ repository, engine, rephraser: createLlmRephraser(langchainChatModel(new FakeListChatModel({ responses: [invented] })), (why) => reasons.push(why)) });
    const response = await assistant.ask({ question });
    expect(response.answer).not.toContain('75.000');
    expect(response.answer).toContain('Phí, lệ phí');
    expect(reasons[0]?.join(' ')).toContain('75000');
  });

  it('rejects an answer that drops the citation or lists an invented document', async () => {
    const noCode = 'Bạn được miễn lệ phí khi đăng ký khai sinh.';
    const madeUp = 'Mã thủ tục 1.001193. Hồ sơ:\n• Giấy xác nhận của trưởng thôn về việc sinh con';
    for (const output of [noCode, madeUp]) {
      const assistant = createAssistant({ repository, engine, rephraser: createLlmRephraser(langchainChatModel(new FakeListChatModel({ responses: [output] }))) });
      expect((await assistant.ask({ question })).answer).not.toBe(output);
    }
  });

  describe('against a local OpenAI-compatible server', () => {
    const requests: { model: string; messages: { role: string; content: string }[] }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        requests.push(JSON.parse(body));
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            id: 'chatcmpl-test',
            object: 'chat.completion',
            created: 0,
            model: 'local-test',
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Thủ tục đăng ký khai sinh (mã thủ tục 1.001193): miễn lệ phí.' } }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    afterAll(() => server.close());

    it('sends the grounded answer to /v1/chat/completions and shows the verified rephrasing', async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      const model = openAiCompatibleChatModel({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'local-test' });
      const assistant = createAssistant({ repository, engine, rephraser: createLlmRephraser(model) });
      const response = await assistant.ask({ question });
      expect(response.answer).toBe('Thủ tục đăng ký khai sinh (mã thủ tục 1.001193): miễn lệ phí.');
      expect(requests[0]?.model).toBe('local-test');
      expect(requests[0]?.messages[1]?.content).toContain('1.001193');
    });
  });
});
