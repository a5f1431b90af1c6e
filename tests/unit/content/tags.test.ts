import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseTagLabel, splitTags, tagSlug } from '../../../lib/content/tags';

describe('tagSlug', () => {
  it('gives one slug to every spelling of a concept', () => {
    assert.equal(tagSlug('layer 2 solutions'), 'layer-2-solutions');
    assert.equal(tagSlug('Layer2Solutions'), 'layer-2-solutions');
    assert.equal(tagSlug('Layer 2 Solutions'), 'layer-2-solutions');
    assert.equal(tagSlug('BlockchainScalability'), 'blockchain-scalability');
    assert.equal(tagSlug('Zero Knowledge'), tagSlug('zero knowledge'));
    assert.equal(tagSlug('  lightning   network '), 'lightning-network');
    assert.equal(tagSlug('#Layer2Solutions'), 'layer-2-solutions');
  });

  it('keeps C, C++ and C# apart', () => {
    const slugs = ['C', 'C++', 'C#'].map(tagSlug);
    assert.deepEqual(slugs, ['c', 'c-plus-plus', 'c-sharp']);
  });

  it('never returns a slug with URL-unsafe characters', () => {
    for (const label of ['R&D', 'Node.js', 'Zürich', 'ğüşıöç', 'Ünïcödé / slashes?']) {
      assert.match(tagSlug(label), /^[a-z0-9]+(?:-[a-z0-9]+)*$/, label);
    }
  });

  it('keeps letters of scripts without a transliteration', () => {
    assert.equal(tagSlug('日本語'), '日本語');
  });

  it('returns an empty slug for tags without letters or digits (validation rejects them)', () => {
    assert.equal(tagSlug('!!!'), '');
    assert.equal(tagSlug('   '), '');
  });
});

describe('splitTags', () => {
  it('accepts a comma-separated string', () => {
    assert.deepEqual(splitTags('blockchain, scalability,layer 2 solutions'), ['blockchain', 'scalability', 'layer 2 solutions']);
  });
  it('accepts a YAML list', () => {
    assert.deepEqual(splitTags(['Plasma', ' Sidechains ']), ['Plasma', 'Sidechains']);
  });
  it('keeps empty entries so validation can name them', () => {
    assert.deepEqual(splitTags('a, , b'), ['a', '', 'b']);
  });
  it('treats a missing or blank field as no tags', () => {
    assert.deepEqual(splitTags(undefined), []);
    assert.deepEqual(splitTags(''), []);
  });
});

describe('chooseTagLabel', () => {
  it('prefers the most common spelling', () => {
    assert.equal(chooseTagLabel(['Plasma', 'plasma', 'plasma']), 'Plasma');
  });
  it('on a tie prefers the spelling an author wrote with spaces', () => {
    assert.equal(chooseTagLabel(['Layer2Solutions', 'layer  2 solutions']), 'Layer 2 Solutions');
  });
  it('sets every label in one case style, keeping words an author capitalised', () => {
    assert.equal(chooseTagLabel(['lightning network']), 'Lightning Network');
    assert.equal(chooseTagLabel(['proof of stake']), 'Proof of Stake');
    assert.equal(chooseTagLabel(['the DeFi stack']), 'The DeFi Stack');
    assert.equal(chooseTagLabel(['zk proofs', 'ZK proofs', 'ZK proofs']), 'ZK Proofs');
    assert.equal(chooseTagLabel(['NFT']), 'NFT');
    assert.equal(chooseTagLabel(['c++']), 'C++');
  });
  it('shows a lone CamelCase spelling readably', () => {
    assert.equal(chooseTagLabel(['BlockchainScalability']), 'Blockchain Scalability');
  });
});
