// The assistant: understands what is asked, finds the procedure, and answers from the official record.
import type { AskRequest, AskResponse, ChatTurn } from '../../contracts/assistant';
import type { Procedure, SiteProfile } from '../../contracts/procedure';
import type { CatalogueRepository } from '../catalogue/repository';
import type { AnySearchEngine } from '../retrieval/search-engine';
import { composeAnswer } from './compose';
import { serviceForField } from './handoff';
import { choiceIndex, classifyMessage, detectFacet } from './intent';
import { removeFillers } from '../retrieval/query-analysis';
import { syllables } from '../text/fold';

export { verifyGrounding } from './grounding';

/** Rephrases a composed answer (optional LLM); returns null when it cannot or its output fails verification. */
export interface AnswerRephraser {
  rephrase(answer: string, procedures: readonly Procedure[], question: string): Promise<string | null>;
}

export interface AssistantDependencies {
  repository: CatalogueRepository;
  /** Lexical by default; hybrid when a deployer supplies an embedding model. */
  engine: AnySearchEngine;
  siteProfile?: SiteProfile | null;
  rephraser?: AnswerRephraser | null;
}

export interface Assistant {
  ask(request: AskRequest): Promise<AskResponse>;
}

const capabilities =
  'Tôi có thể giúp bạn tra cứu thủ tục hành chính: cần giấy tờ gì, lệ phí, thời hạn giải quyết, nộp ở đâu, các bước thực hiện và có nộp trực tuyến được không. Ví dụ: "Làm giấy khai sinh cho con cần gì?"';
const clarifyMarker = 'Bạn muốn hỏi về thủ tục nào?';
/** Scores this close (rerank units) mean the question does not decide between the candidates. */
const clarifyGap = 0.04;

const facetWordsOnly = (question: string) => removeFillers(syllables(question)).length <= 1;

function lastAssistantTurn(history: readonly ChatTurn[] | undefined): ChatTurn | undefined {
  return [...(history ?? [])].reverse().find((turn) => turn.role === 'assistant' && (turn.citations?.length ?? 0) > 0);
}

export function createAssistant({ repository, engine, siteProfile = null, rephraser = null }: AssistantDependencies): Assistant {
  const siteCodes = siteProfile ? new Set(siteProfile.fields.flatMap((field) => field.codes)) : undefined;

  async function answerWith(procedure: Procedure, question: string): Promise<AskResponse> {
    const facet = detectFacet(question);
    const composed = composeAnswer(procedure, facet, siteProfile);
    let answer = composed.answer;
    if (rephraser) answer = (await rephraser.rephrase(answer, [procedure], question)) ?? answer;
    return {
      answer,
      citations: [procedure.code],
      answerable: true,
      facet,
      ...(procedure.url ? { links: [{ code: procedure.code, url: procedure.url }] } : {}),
      handledHere: composed.handledHere,
    };
  }

  return {
    async ask(request) {
      const question = request.question.trim();
      const previous = lastAssistantTurn(request.history);
      switch (classifyMessage(question)) {
        case 'injection':
        case 'hostile':
          return { answer: `Xin lỗi, tôi không thể thực hiện yêu cầu này. ${capabilities}`, citations: [], answerable: false, facet: 'ngoai_pham_vi' };
        case 'greeting':
          return { answer: `Xin chào! ${capabilities}`, citations: [], answerable: false, facet: 'chao_hoi' };
        case 'handoff': {
          const cited = previous?.citations?.[0] ? repository.get(previous.citations[0]) : null;
          const serviceCode = cited ? serviceForField(cited.field) : null;
          const message = serviceCode
            ? `Bạn vui lòng lấy số thứ tự quầy ${serviceCode} (${cited!.field}) để gặp cán bộ hướng dẫn trực tiếp.`
            : 'Bạn vui lòng lấy số thứ tự tại ki-ốt hoặc đến bàn hướng dẫn để gặp cán bộ.';
          return { answer: message, citations: cited ? [cited.code] : [], answerable: true, facet: 'gap_can_bo', handoff: { serviceCode, message } };
        }
        case 'question':
          break;
      }
      // The citizen picks one of the choices offered by a clarifying question.
      if (previous?.text.startsWith(clarifyMarker)) {
        const index = choiceIndex(question);
        const code = index !== null ? previous.citations?.[index] : undefined;
        const chosen = code ? repository.get(code) : null;
        if (chosen) return answerWith(chosen, question);
      }
      const response = await engine.search(question, { top: 5, ...(siteCodes ? { siteCodes } : {}) });
      // A follow-up ("thế lệ phí bao nhiêu?") keeps the conversation's procedure.
      if (previous?.citations?.[0] && (!response.answerable || facetWordsOnly(question))) {
        const kept = repository.get(previous.citations[0]);
        if (kept) return answerWith(kept, question);
      }
      if (!response.answerable || response.results.length === 0) {
        return {
          answer: `Xin lỗi, tôi chưa tìm thấy thủ tục hành chính phù hợp với câu hỏi này. ${capabilities} Bạn cũng có thể hỏi cán bộ tại quầy hướng dẫn.`,
          citations: [],
          answerable: false,
          facet: 'ngoai_pham_vi',
        };
      }
      const [top, ...rest] = response.results;
      const close = rest.filter((candidate) => top!.score - candidate.score < clarifyGap).slice(0, 3);
      if (close.length > 0) {
        const choices = [top!, ...close].map((candidate) => ({ code: candidate.code, title: candidate.title }));
        const list = choices.map((choice, index) => `${index + 1}. ${choice.title} (mã ${choice.code})`).join('\n');
        return { answer: `${clarifyMarker}\n${list}\nBạn trả lời số thứ tự (ví dụ "1") để tôi hướng dẫn chi tiết.`, citations: choices.map((choice) => choice.code), answerable: true, facet: 'lam_ro', choices };
      }
      const procedure = repository.get(top!.code);
      if (!procedure) return { answer: 'Xin lỗi, hệ thống chưa đọc được hồ sơ thủ tục này.', citations: [], answerable: false, facet: 'ngoai_pham_vi' };
      return answerWith(procedure, question);
    },
  };
}
