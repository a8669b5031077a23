#!/usr/bin/python3
"""Writes tiny-model/: a random BERT-shaped ONNX graph with a WordPiece tokenizer, laid out like a
sentence-transformers ONNX export (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx).

It proves the embedding path (transformers.js tokenizer -> onnxruntime-node -> mean pooling) without any download.
The weights are random: the vectors carry no meaning. The output is committed so CI needs no Python.

Run with Debian's python (it has the onnx module):  /usr/bin/python3 models/embedding/__fixtures__/make-tiny-model.py
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HIDDEN = 16
SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'tiny-model')

SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']
# Everyday Vietnamese syllables of administrative procedures (NFC, lower case), a few English words,
# then single letters and continuation pieces so that any word splits into known pieces.
SYLLABLES = (
    'đăng ký khai sinh tử kết hôn thường trú tạm vắng giấy xác nhận tình trạng độc thân chứng thực bản sao '
    'chữ hộ tịch hồ sơ lệ phí thủ tục hành chính cấp xã phường căn cước công dân làm lại bị mất con '
    'vợ chồng cha mẹ nhà đất thửa quyền sử dụng giám hộ nuôi nuôi con nuôi người việt nam nước ngoài '
    'trợ cấp xã hội bảo trợ hộ nghèo kinh doanh quán tạp hóa cho của tôi muốn cần gì ở đâu bao nhiêu tiền mấy ngày trong'
).split()
ENGLISH = 'birth death marriage residence certificate copy fee procedure'.split()
LETTERS = list('abcdefghijklmnopqrstuvwxyzđăâêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ0123456789.,?')


def vocabulary():
    tokens = []
    for token in SPECIALS + SYLLABLES + ENGLISH + LETTERS + ['##' + letter for letter in LETTERS]:
        if token not in tokens:
            tokens.append(token)
    return tokens


def graph(vocab_size, rng):
    word = numpy_helper.from_array((rng.standard_normal((vocab_size, HIDDEN)) * 0.5).astype(np.float32), 'word_embeddings')
    kind = numpy_helper.from_array((rng.standard_normal((2, HIDDEN)) * 0.1).astype(np.float32), 'token_type_embeddings')
    weight = numpy_helper.from_array((rng.standard_normal((HIDDEN, HIDDEN)) / np.sqrt(HIDDEN)).astype(np.float32), 'dense_weight')
    bias = numpy_helper.from_array((rng.standard_normal(HIDDEN) * 0.05).astype(np.float32), 'dense_bias')
    axes = numpy_helper.from_array(np.array([-1], dtype=np.int64), 'unsqueeze_axes')
    nodes = [
        helper.make_node('Gather', ['word_embeddings', 'input_ids'], ['words']),
        helper.make_node('Gather', ['token_type_embeddings', 'token_type_ids'], ['kinds']),
        helper.make_node('Add', ['words', 'kinds'], ['embedded']),
        helper.make_node('MatMul', ['embedded', 'dense_weight'], ['projected']),
        helper.make_node('Add', ['projected', 'dense_bias'], ['biased']),
        helper.make_node('Tanh', ['biased'], ['activated']),
        # Padding positions are zeroed, as a real encoder's attention would ignore them.
        helper.make_node('Cast', ['attention_mask'], ['mask_float'], to=TensorProto.FLOAT),
        helper.make_node('Unsqueeze', ['mask_float', 'unsqueeze_axes'], ['mask_expanded']),
        helper.make_node('Mul', ['activated', 'mask_expanded'], ['last_hidden_state']),
    ]
    inputs = [helper.make_tensor_value_info(name, TensorProto.INT64, ['batch_size', 'sequence_length']) for name in ('input_ids', 'attention_mask', 'token_type_ids')]
    outputs = [helper.make_tensor_value_info('last_hidden_state', TensorProto.FLOAT, ['batch_size', 'sequence_length', HIDDEN])]
    return helper.make_graph(nodes, 'tiny_bert', inputs, outputs, initializer=[word, kind, weight, bias, axes])


def tokenizer_json(tokens):
    ids = {token: index for index, token in enumerate(tokens)}
    special = lambda token: {'id': ids[token], 'content': token, 'single_word': False, 'lstrip': False, 'rstrip': False, 'normalized': False, 'special': True}
    piece = lambda kind, name, type_id: {kind: {'id': name, 'type_id': type_id}}
    return {
        'version': '1.0',
        'truncation': None,
        'padding': None,
        'added_tokens': [special(token) for token in SPECIALS],
        'normalizer': {'type': 'BertNormalizer', 'clean_text': True, 'handle_chinese_chars': True, 'strip_accents': False, 'lowercase': True},
        'pre_tokenizer': {'type': 'BertPreTokenizer'},
        'post_processor': {
            'type': 'TemplateProcessing',
            'single': [piece('SpecialToken', '[CLS]', 0), piece('Sequence', 'A', 0), piece('SpecialToken', '[SEP]', 0)],
            'pair': [piece('SpecialToken', '[CLS]', 0), piece('Sequence', 'A', 0), piece('SpecialToken', '[SEP]', 0), piece('Sequence', 'B', 1), piece('SpecialToken', '[SEP]', 1)],
            'special_tokens': {token: {'id': token, 'ids': [ids[token]], 'tokens': [token]} for token in ('[CLS]', '[SEP]')},
        },
        'decoder': {'type': 'WordPiece', 'prefix': '##', 'cleanup': True},
        'model': {'type': 'WordPiece', 'unk_token': '[UNK]', 'continuing_subword_prefix': '##', 'max_input_chars_per_word': 100, 'vocab': ids},
    }


def main():
    rng = np.random.default_rng(SEED)
    tokens = vocabulary()
    model = helper.make_model(graph(len(tokens), rng), producer_name='make-tiny-model.py', opset_imports=[helper.make_opsetid('', 14)])
    model.ir_version = 7
    onnx.checker.check_model(model)
    os.makedirs(os.path.join(OUT, 'onnx'), exist_ok=True)
    onnx.save(model, os.path.join(OUT, 'onnx', 'model.onnx'))

    config = {
        'model_type': 'bert',
        'architectures': ['BertModel'],
        'hidden_size': HIDDEN,
        'num_hidden_layers': 1,
        'num_attention_heads': 1,
        'intermediate_size': HIDDEN,
        'max_position_embeddings': 512,
        'type_vocab_size': 2,
        'vocab_size': len(tokens),
        'pad_token_id': 0,
    }
    tokenizer_config = {
        'tokenizer_class': 'BertTokenizer',
        'do_lower_case': True,
        'model_max_length': 512,
        'cls_token': '[CLS]',
        'sep_token': '[SEP]',
        'pad_token': '[PAD]',
        'unk_token': '[UNK]',
        'mask_token': '[MASK]',
    }
    write = lambda name, value: open(os.path.join(OUT, name), 'w', encoding='utf-8').write(json.dumps(value, ensure_ascii=False, indent=1) + '\n')
    write('config.json', config)
    write('tokenizer.json', tokenizer_json(tokens))
    write('tokenizer_config.json', tokenizer_config)
    print(f'wrote {OUT}: vocabulary {len(tokens)}, hidden {HIDDEN}')


if __name__ == '__main__':
    main()
