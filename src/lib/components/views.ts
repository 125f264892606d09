// The workbench views, in tab order: which component shows each and its label.
import type { Component } from 'svelte';
import type { MessageKey } from '$lib/i18n/messages';
import AboutPanel from './AboutPanel.svelte';
import ComparePanel from './ComparePanel.svelte';
import DataPanel from './DataPanel.svelte';
import GridView from './grid/GridView.svelte';
import LearnPanel from './LearnPanel.svelte';
import MapPanel from './MapPanel.svelte';
import MethodsPanel from './MethodsPanel.svelte';
import PlannerPanel from './PlannerPanel.svelte';
import ProvinceProfile from './ProvinceProfile.svelte';
import WeightsPanel from './WeightsPanel.svelte';
import WorkbooksPanel from './WorkbooksPanel.svelte';

export const VIEW_IDS = [
	'grid',
	'weights',
	'profile',
	'compare',
	'methods',
	'planner',
	'map',
	'learn',
	'data',
	'workbooks',
	'about'
] as const;

export type View = (typeof VIEW_IDS)[number];

export const VIEWS: Record<View, { label: MessageKey; component: Component }> = {
	grid: { label: 'tabGrid', component: GridView },
	weights: { label: 'tabWeights', component: WeightsPanel },
	profile: { label: 'tabProfile', component: ProvinceProfile },
	compare: { label: 'tabCompare', component: ComparePanel },
	methods: { label: 'tabMethods', component: MethodsPanel },
	planner: { label: 'tabPlanner', component: PlannerPanel },
	map: { label: 'tabMap', component: MapPanel },
	learn: { label: 'tabLearn', component: LearnPanel },
	data: { label: 'tabData', component: DataPanel },
	workbooks: { label: 'tabWorkbooks', component: WorkbooksPanel },
	about: { label: 'tabAbout', component: AboutPanel }
};
