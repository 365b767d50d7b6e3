package importers

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/mudler/LocalAI/core/config"
	"github.com/mudler/LocalAI/core/gallery"
	"github.com/mudler/LocalAI/core/schema"
	"github.com/mudler/LocalAI/pkg/downloader"
	"github.com/mudler/LocalAI/pkg/functions"
	"go.yaml.in/yaml/v2"
)

var _ Importer = &DS4Importer{}

// DS4Importer detects antirez/ds4 weights - single-model DeepSeek V4 Flash
// inference engine. ds4 only loads the GGUFs published at
// huggingface.co/antirez/deepseek-v4-gguf; auto-detect keys on:
//
//   - the repo name itself ("antirez/deepseek-v4-gguf" anywhere in URI)
//   - the canonical filename pattern "DeepSeek-V4-Flash-*.gguf"
//
// Must register BEFORE LlamaCPPImporter - both match .gguf, but ds4 is
// more specific and first-match-wins.
type DS4Importer struct{}

func (i *DS4Importer) Name() string      { return "ds4" }
func (i *DS4Importer) Modality() string  { return "text" }
func (i *DS4Importer) AutoDetects() bool { return true }

func (i *DS4Importer) Match(details Details) bool {
	preferences, err := details.Preferences.MarshalJSON()
	if err != nil {
		return false
	}
	preferencesMap := make(map[string]any)
	if len(preferences) > 0 {
		_ = json.Unmarshal(preferences, &preferencesMap)
	}

	if b, ok := preferencesMap["backend"].(string); ok && b == "ds4" {
		return true
	}

	if strings.Contains(details.URI, "antirez/deepseek-v4-gguf") {
		return true
	}

	base := filepath.Base(details.URI)
	if strings.HasPrefix(base, "DeepSeek-V4-Flash-") && strings.HasSuffix(base, ".gguf") {
		return true
	}

	if details.HuggingFace != nil {
		for _, file := range details.HuggingFace.Files {
			fb := filepath.Base(file.Path)
			if strings.HasPrefix(fb, "DeepSeek-V4-Flash-") && strings.HasSuffix(fb, ".gguf") {
				return true
			}
		}
	}

	return false
