/** Names shown as their cells write them: the stretch of a cell that normalising reads as the name. */
import { asWritten } from '../../src/core/quantity';

describe('asWritten', () => {
  it('finds full-width brackets and letters, and a half-width kana with its voicing mark', () => {
    expect(asWritten('〇職員数（人） R5年度:200人', '職員数(人)')).toBe('職員数（人）');
    expect(asWritten('ＲＰＡ導入業務数 50業務', 'RPA導入業務数')).toBe('ＲＰＡ導入業務数');
    expect(asWritten('ﾃﾞｼﾞﾀﾙ申請件数 100件', 'デジタル申請件数')).toBe('ﾃﾞｼﾞﾀﾙ申請件数');
  });

  it('gives the name as read where no stretch reads so, or the cell is too long to search', () => {
    expect(asWritten('全く別の文', '職員数(人)')).toBe('職員数(人)');
    expect(asWritten(`${'　'.repeat(2000)}職員数（人）`, '職員数(人)')).toBe('職員数(人)');
  });
});
