# The two commands of the README:
#   make run    install what is missing, build, open Sextant on the demo warehouse
#   make test   install what is missing, build (normal + sanitizers), run every test
# Other targets: build, asan, release, bench, clean, format.
BUILD   ?= build
ASAN    ?= build-asan
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE   ?= cmake
DEMO     = $(BUILD)/data/demo.sqlite
WS       = $(BUILD)/demo-workspace

.PHONY: all run test deps deps-test build asan release bench clean format

all: build

deps:
	@scripts/deps.sh

deps-test:
	@scripts/deps.sh test

$(BUILD)/CMakeCache.txt:
	$(CMAKE) -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSX_WERROR=ON

build: $(BUILD)/CMakeCache.txt
	$(CMAKE) --build $(BUILD) -j $(JOBS)

$(ASAN)/CMakeCache.txt:
	$(CMAKE) -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DSX_WERROR=ON -DSX_SANITIZE=ON

asan: $(ASAN)/CMakeCache.txt
	$(CMAKE) --build $(ASAN) -j $(JOBS)

release:
	$(CMAKE) -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DSX_WERROR=ON
	$(CMAKE) --build build-release -j $(JOBS)

run: deps build
	@scripts/run-demo.sh $(BUILD)

test: deps-test build asan
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE bench
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE 'bench|slow'

bench: build
	cd $(BUILD) && ctest --output-on-failure -L bench -V

format:
	clang-format -i $$(git ls-files '*.c' '*.h' '*.cpp')

clean:
	rm -rf $(BUILD) $(ASAN) build-release
