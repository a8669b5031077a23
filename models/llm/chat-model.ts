// Port for a chat model used only to rephrase grounded answers. Adapters: any langchain chat model, and an
// OpenAI-compatible endpoint (vLLM, Ollama, LocalAI) through langchain's ChatOpenAI.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';

export interface ChatModelPort {
  complete(system: string, user: string): Promise<string>;
}

export function langchainChatModel(model: BaseChatModel): ChatModelPort {
  return {
    async complete(system, user) {
      const message = await model.invoke([new SystemMessage(system), new HumanMessage(user)]);
      return typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('');
    },
  };
}

export interface OpenAiCompatibleOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
}

export function openAiCompatibleChatModel(options: OpenAiCompatibleOptions): ChatModelPort {
  return langchainChatModel(
    new ChatOpenAI({
      model: options.model,
      apiKey: options.apiKey || 'not-needed',
      temperature: 0.2,
      maxRetries: 0,
      timeout: options.timeoutMs ?? 15_000,
      configuration: { baseURL: options.baseUrl },
    }),
  );
}
