import type { ColorBy, SizeBy } from './state';

export const TYPE_COLORS: Record<string, string> = {
  Company: '#e07a2f', Institution: '#3b7dd8', Person: '#2e9e62', Place: '#8e5cc4', Article: '#9aa0a6',
};
const OTHER_COLOR = '#7c8591';
const COMMUNITY_COLORS = ['#3b7dd8', '#e07a2f', '#2e9e62', '#c94a5a', '#8e5cc4', '#c9a227', '#1fa2a8', '#d0619b', '#6b8e23', '#8d6e63', '#5c6bc0', '#ef6c00'];
export const DIMMED = '#e3e5e8';

export function nodeColor(colorBy: ColorBy, type: string, community: number): string {
  if (colorBy === 'community') return COMMUNITY_COLORS[Math.abs(community) % COMMUNITY_COLORS.length] ?? OTHER_COLOR;
  return TYPE_COLORS[type] ?? OTHER_COLOR;
}

/** Area grows with the measure: the radius follows its square root, between 3 and 18 pixels. */
export function nodeSize(sizeBy: SizeBy, pagerank: number, degree: number, max: { pagerank: number; degree: number }): number {
  const value = sizeBy === 'pagerank' ? pagerank / (max.pagerank || 1) : degree / (max.degree || 1);
  return 3 + 15 * Math.sqrt(Math.max(0, Math.min(1, value)));
}

/** The CJK font stack for labels; CI installs fonts-noto-cjk, desktops have one of the others. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
